package dev.switchboard.sip.transport;

import dev.switchboard.sip.message.Responses;
import dev.switchboard.sip.message.SipMessage;
import dev.switchboard.sip.message.SipMessageParser;
import dev.switchboard.sip.message.SipParseException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns the bytes of one datagram or framed stream message into a message for the handler, or, when they do not
 * parse, into the 400 (416, 505) that can still be addressed from the headers read (RFC 3261 §16.3, §8.2.2,
 * §18.3); a message that cannot be answered (a response, or no usable Via) is dropped. Never throws.
 */
final class InboundBytes {
  private static final Logger LOG = Logger.getLogger(InboundBytes.class.getName());

  private InboundBytes() {}

  /** Parses; on failure passes the error answer (if any) to {@code reply}. */
  static Optional<SipMessage> parse(byte[] data, int offset, int length, Peer source, Consumer<byte[]> reply) {
    try {
      return Optional.of(SipMessageParser.parse(data, offset, length));
    } catch (SipParseException e) {
      LOG.log(Level.FINE, () -> "unparseable message from " + source + ": " + e.getMessage());
      Responses.forUnparseable(e).ifPresent(reply);
      return Optional.empty();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "parser failure on a message from " + source, e);
      return Optional.empty();
    }
  }

  /** Runs the handler on its own virtual thread, logging anything it throws. */
  static void dispatch(InboundHandler handler, SipMessage message, Peer source) {
    Thread.startVirtualThread(() -> {
      try {
        handler.onMessage(message, source);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "handler failed on a message from " + source, e);
      }
    });
  }
}
