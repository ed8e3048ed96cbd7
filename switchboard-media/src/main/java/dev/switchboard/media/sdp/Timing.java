package dev.switchboard.media.sdp;

/** A {@code t=<start> <stop>} line (RFC 4566 §5.9); phones send {@code t=0 0} (an unbounded session). */
public record Timing(long start, long stop) {
  /** {@code t=0 0}. */
  public static final Timing UNBOUNDED = new Timing(0, 0);

  String value() {
    return start + " " + stop;
  }
}
