package dev.switchboard.sip.message;

import java.nio.charset.StandardCharsets;

/**
 * Serialises a message to bytes (RFC 3261 §7): start line, the headers in order (one field per line), a
 * Content-Length computed from the body (always written, as §18.3 requires on streams and §20.14 recommends on
 * datagrams), an empty line, the body. Thread-safe (stateless).
 */
public final class SipMessageWriter {
  private SipMessageWriter() {}

  public static byte[] write(SipMessage message) {
    StringBuilder sb = new StringBuilder(512);
    switch (message) {
      case SipRequest r -> sb.append(r.method()).append(' ').append(r.requestUri()).append(" SIP/2.0\r\n");
      case SipResponse r -> sb.append("SIP/2.0 ").append(r.status()).append(' ').append(r.reason()).append("\r\n");
    }
    for (SipHeader h : message.headers().all()) {
      if (!h.name().equals(HeaderNames.CONTENT_LENGTH)) {
        sb.append(h.name()).append(": ").append(h.value()).append("\r\n");
      }
    }
    Body body = message.body();
    sb.append("Content-Length: ").append(body.length()).append("\r\n\r\n");
    byte[] head = sb.toString().getBytes(StandardCharsets.UTF_8);
    if (body.isEmpty()) {
      return head;
    }
    byte[] bodyBytes = body.bytes();
    byte[] out = new byte[head.length + bodyBytes.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(bodyBytes, 0, out, head.length, bodyBytes.length);
    return out;
  }

  /** The message as text (for logs and tests). */
  public static String text(SipMessage message) {
    return new String(write(message), StandardCharsets.UTF_8);
  }
}
