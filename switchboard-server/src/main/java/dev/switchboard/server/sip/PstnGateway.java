package dev.switchboard.server.sip;

import dev.switchboard.server.config.SipConfig;
import dev.switchboard.sip.message.SipUri;
import dev.switchboard.sip.transport.Peer;
import dev.switchboard.sip.transport.SipTargets;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The carrier gateway as the B2BUA sees it: INVITEs whose source IP is the gateway's address are the carrier's
 * inbound PSTN calls. The address is resolved at start (A/AAAA, like every outbound target); a gateway that does
 * not resolve fails the start with a clear message.
 */
record PstnGateway(SipConfig.Gateway config, InetAddress address) {
    static PstnGateway resolve(SipConfig.Gateway g) {
        Peer peer = SipTargets.resolve(SipUri.parse(g.uri()));
        try {
            return new PstnGateway(g, InetAddress.getByName(peer.ip()));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--pstn-gateway host does not resolve: " + g.uri(), e);
        }
    }

    boolean sentBy(Peer source) {
        return source.address().getAddress() != null && source.address().getAddress().equals(address);
    }
}
