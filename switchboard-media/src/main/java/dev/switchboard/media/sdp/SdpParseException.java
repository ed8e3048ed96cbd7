package dev.switchboard.media.sdp;

/**
 * A session description that is not valid SDP (RFC 4566 §5). Carries the 1-based line number where parsing
 * failed (0 when the failure is about the whole description, e.g. a missing {@code o=} line). The SIP side
 * answers such an offer with 400 (RFC 3261 §21.4.1) — or 488 when it parses but has no usable audio.
 */
public final class SdpParseException extends RuntimeException {
  private final int line;

  public SdpParseException(String message, int line) {
    super(message + (line > 0 ? " (line " + line + ")" : ""));
    this.line = line;
  }

  /** The 1-based line number of the offending line, or 0 when no single line is at fault. */
  public int line() { return line; }
}
