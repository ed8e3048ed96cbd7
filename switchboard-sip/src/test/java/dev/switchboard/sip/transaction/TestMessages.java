package dev.switchboard.sip.transaction;

import dev.switchboard.sip.message.Body;
import dev.switchboard.sip.message.Headers;
import dev.switchboard.sip.message.Responses;
import dev.switchboard.sip.message.SipMessageParser;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.message.SipUri;
import dev.switchboard.sip.transport.Peer;
import dev.switchboard.sip.transport.TransportKind;

/** Requests and responses for the transaction tests, as a peer would send them. */
final class TestMessages {
  static final Peer UDP_PEER = Peer.of(TransportKind.UDP, "198.51.100.7", 5062);
  static final Peer TCP_PEER = Peer.of(TransportKind.TCP, "198.51.100.7", 40001);

  private TestMessages() {}

  /** A request from the peer, top Via with {@code branch} (empty for none) and rport. */
  static SipRequest fromPeer(String method, String branch, Peer peer) {
    String via = "SIP/2.0/" + peer.transport() + " 198.51.100.7:5062" + (branch.isEmpty() ? "" : ";branch=" + branch)
        + ";rport";
    return new SipRequest(method, SipUri.parse("sip:+14155551234@acme.sip.localhost"), Headers.EMPTY
        .with("Via", via).with("Max-Forwards", "70").with("From", "<sip:alice@198.51.100.7>;tag=caller")
        .with("To", "<sip:+14155551234@acme.sip.localhost>").with("Call-ID", "call-" + branch)
        .with("CSeq", "1 " + method), Body.EMPTY);
  }

  /** A request we send (no Via: the layer adds one). */
  static SipRequest ours(String method) {
    return new SipRequest(method, SipUri.parse("sip:bob@198.51.100.7:5062"), Headers.EMPTY
        .with("Max-Forwards", "70").with("From", "<sip:sb@203.0.113.1>;tag=ours")
        .with("To", "<sip:bob@198.51.100.7>").with("Call-ID", "out-1@203.0.113.1")
        .with("CSeq", "1 " + method));
  }

  /** The peer's response to a request we sent (through the real codec, as the transport would hand it). */
  static SipResponse answer(SipRequest sent, int status) {
    return (SipResponse) SipMessageParser.parse(
        dev.switchboard.sip.message.SipMessageWriter.write(Responses.to(sent, status, "callee")));
  }
}
