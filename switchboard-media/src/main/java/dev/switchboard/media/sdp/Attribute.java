package dev.switchboard.media.sdp;

import java.util.Objects;
import java.util.Optional;

/**
 * An {@code a=} line (RFC 4566 §5.13): a property ({@code a=sendrecv}) or a name and value
 * ({@code a=rtpmap:0 PCMU/8000}). Attributes Switchboard does not interpret are kept as written.
 */
public record Attribute(String name, Optional<String> value) {
  public Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** A property attribute without a value. */
  public static Attribute flag(String name) {
    return new Attribute(name, Optional.empty());
  }

  /** A {@code name:value} attribute. */
  public static Attribute of(String name, String value) {
    return new Attribute(name, Optional.of(value));
  }

  String text() {
    return value.map(v -> name + ":" + v).orElse(name);
  }
}
