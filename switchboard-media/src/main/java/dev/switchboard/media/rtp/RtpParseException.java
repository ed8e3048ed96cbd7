package dev.switchboard.media.rtp;

/**
 * A datagram that is not a valid RTP packet (RFC 3550 §5.1, the checks of §A.1). {@link #reason()} says which
 * check failed. It has no stack trace: a storm of bad packets costs a counter, not an allocation per frame.
 */
public final class RtpParseException extends RuntimeException {
  public RtpParseException(String reason) {
    super(reason, null, false, false);
  }

  /** What was wrong, e.g. {@code "version 1, not 2"}. */
  public String reason() { return getMessage(); }
}
