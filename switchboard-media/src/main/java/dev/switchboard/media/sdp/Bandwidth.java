package dev.switchboard.media.sdp;

import java.util.Objects;

/** A {@code b=<type>:<kbps>} line (RFC 4566 §5.8), e.g. {@code b=AS:64}, {@code b=TIAS:64000}. */
public record Bandwidth(String type, long value) {
  public Bandwidth {
    Objects.requireNonNull(type, "type");
    if (value < 0) {
      throw new IllegalArgumentException("negative bandwidth " + value);
    }
  }

  String text() {
    return type + ":" + value;
  }
}
