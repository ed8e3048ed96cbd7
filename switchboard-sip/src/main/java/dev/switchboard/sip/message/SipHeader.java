package dev.switchboard.sip.message;

/**
 * One header field: its name (canonical for the headers the stack knows, exactly as sent otherwise, e.g.
 * {@code X-CustomerID}, {@code User-to-User}) and its value as it appeared on the wire, trimmed of surrounding
 * whitespace with folded lines joined by one space (RFC 3261 §7.3.1).
 */
public record SipHeader(String name, String value) {
  public SipHeader {
    if (name.isEmpty() || name.indexOf(':') >= 0 || name.indexOf('\r') >= 0 || name.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("bad header name: " + name);
    }
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("header value may not contain CR or LF: " + name);
    }
  }

  /** True when this header has the given name (case-insensitive, compact forms resolved). */
  public boolean is(String other) {
    return name.equalsIgnoreCase(HeaderNames.canonical(other));
  }
}
