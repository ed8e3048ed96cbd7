package dev.switchboard.media.rtp;

/**
 * Every port of the pool's range is in use (by our sessions or by another process). The SIP side answers the
 * INVITE 503 Service Unavailable.
 */
public final class RtpPortsExhaustedException extends RuntimeException {
  public RtpPortsExhaustedException(String message) {
    super(message);
  }
}
