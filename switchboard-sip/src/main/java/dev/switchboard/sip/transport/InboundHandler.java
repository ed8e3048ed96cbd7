package dev.switchboard.sip.transport;

import dev.switchboard.sip.message.SipMessage;

/**
 * Receives every message a transport parsed, with where it came from. Called on a virtual thread per message,
 * so it may block; a slow message never holds up the socket's reader.
 */
@FunctionalInterface
public interface InboundHandler {
  void onMessage(SipMessage message, Peer source);
}
