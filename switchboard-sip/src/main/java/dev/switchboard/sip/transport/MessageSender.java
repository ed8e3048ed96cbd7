package dev.switchboard.sip.transport;

import dev.switchboard.sip.message.SipMessage;

/**
 * What the transaction layer needs from the transports: send a message to a peer, and the address to write in
 * Via and Contact. {@link #send} does not block on UDP; on TCP/TLS it may block while connecting (call it from
 * a virtual thread). It throws {@link SipTransportException} when the message cannot be sent.
 */
public interface MessageSender {
  void send(SipMessage message, Peer peer);

  /** The host and port this side listens on for {@code kind}, as written in a Via sent-by ("203.0.113.1:5060"). */
  String sentBy(TransportKind kind);
}
