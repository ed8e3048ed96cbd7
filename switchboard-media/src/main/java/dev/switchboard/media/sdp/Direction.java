package dev.switchboard.media.sdp;

import java.util.Optional;

/**
 * The media direction attribute (RFC 3264 §5.1, §6.1), always seen from the side that wrote it: an offer's
 * {@code sendonly} means the offerer sends and we receive.
 */
public enum Direction {
  SENDRECV("sendrecv", true, true),
  SENDONLY("sendonly", true, false),
  RECVONLY("recvonly", false, true),
  INACTIVE("inactive", false, false);

  private final String attribute;
  private final boolean sends;
  private final boolean receives;

  Direction(String attribute, boolean sends, boolean receives) {
    this.attribute = attribute;
    this.sends = sends;
    this.receives = receives;
  }

  /** The attribute name: {@code sendrecv}, {@code sendonly}, {@code recvonly} or {@code inactive}. */
  public String attribute() { return attribute; }

  /** True when the side this direction belongs to sends media. */
  public boolean sends() { return sends; }

  /** True when the side this direction belongs to receives media. */
  public boolean receives() { return receives; }

  /** The direction of the other side that matches this one: sendonly ↔ recvonly (RFC 3264 §6.1). */
  public Direction reverse() {
    return of(receives, sends);
  }

  /** The direction of a side that sends when {@code sends} and receives when {@code receives}. */
  public static Direction of(boolean sends, boolean receives) {
    if (sends) {
      return receives ? SENDRECV : SENDONLY;
    }
    return receives ? RECVONLY : INACTIVE;
  }

  /** The direction named by an attribute, or empty for any other attribute. */
  public static Optional<Direction> fromAttribute(String name) {
    for (Direction d : values()) {
      if (d.attribute.equals(name)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
