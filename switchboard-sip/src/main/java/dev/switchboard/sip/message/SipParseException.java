package dev.switchboard.sip.message;

import java.util.List;

/**
 * A message, URI or header value that is not valid SIP. Carries the byte offset (into the datagram or framed
 * stream message; into the string for a lone header value or URI) where parsing failed, the status code the
 * failure maps to (400 by default; 416 for an unsupported URI scheme, 505 for another SIP version; RFC 3261
 * §8.2.2, §16.3) and, for a request, the headers read before the failure so a 400 can still be addressed.
 */
public final class SipParseException extends RuntimeException {
  private final int offset;
  private final int status;
  private final boolean request;
  private final List<SipHeader> headersRead;

  public SipParseException(String message, int offset) {
    this(message, offset, 400, false, List.of());
  }

  public SipParseException(String message, int offset, int status, boolean request, List<SipHeader> headersRead) {
    super(message + " (at offset " + offset + ")");
    this.offset = offset;
    this.status = status;
    this.request = request;
    this.headersRead = List.copyOf(headersRead);
  }

  /** The same failure moved by {@code base} bytes and tagged with what the enclosing message parser knows. */
  SipParseException within(int base, boolean isRequest, List<SipHeader> headers) {
    String text = getMessage().substring(0, getMessage().lastIndexOf(" (at offset "));
    return new SipParseException(text, base + offset, status, isRequest, headers);
  }

  /** The same failure with another status code. */
  SipParseException withStatus(int newStatus) {
    String text = getMessage().substring(0, getMessage().lastIndexOf(" (at offset "));
    return new SipParseException(text, offset, newStatus, request, headersRead);
  }

  public int offset() { return offset; }

  /** The SIP status to answer a request with: 400, 416 or 505. */
  public int status() { return status; }

  /** True when the start line was a request line (so a response can be sent back). */
  public boolean isRequest() { return request; }

  /** Headers parsed before the failure, in order (possibly empty). */
  public List<SipHeader> headersRead() { return headersRead; }
}
