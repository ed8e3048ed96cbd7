package dev.switchboard.server.sip;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;

/**
 * The address written into Via and Contact: the bind address itself, unless it is the wildcard
 * ({@code 0.0.0.0}), in which case the first site-local IPv4 address of an interface that is up (else any
 * non-loopback IPv4, else loopback). Peers send in-dialog requests and responses there.
 */
final class AdvertisedAddress {
    private AdvertisedAddress() {}

    static String pick(InetAddress bind) {
        if (!bind.isAnyLocalAddress()) return bind.getHostAddress();
        String fallback = InetAddress.getLoopbackAddress().getHostAddress();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) continue;
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (!(a instanceof Inet4Address)) continue;
                    if (a.isSiteLocalAddress()) return a.getHostAddress();
                    fallback = a.getHostAddress();
                }
            }
        } catch (SocketException e) {
            return fallback;
        }
        return fallback;
    }
}
