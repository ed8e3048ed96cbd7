package dev.switchboard.sip.transport;

import dev.switchboard.sip.message.SipMessage;
import java.net.InetSocketAddress;

/**
 * One listening transport (UDP, TCP or TLS) on one address. Opening binds the socket and starts reading on
 * virtual threads; {@link #close()} stops reading and closes every connection. Thread-safe.
 */
public interface SipTransport extends AutoCloseable {
  TransportKind kind();

  /** The bound address (with the real port when 0 was asked for). */
  InetSocketAddress localAddress();

  /** "host:port" for Via sent-by and Contact. */
  String sentBy();

  /** Sends a message; see {@link MessageSender#send}. */
  void send(SipMessage message, Peer peer);

  @Override void close();
}
