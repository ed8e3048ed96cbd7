package dev.switchboard.media.sdp;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An {@code a=rtpmap:<payload type> <encoding name>/<clock rate>[/<channels>]} attribute (RFC 4566 §6).
 */
public record RtpMap(int payloadType, String encodingName, int clockRate, OptionalInt channels) {
  /** Parses the attribute value ({@code 0 PCMU/8000}), or empty when it is not well-formed. */
  public static Optional<RtpMap> parse(String value) {
    int space = value.indexOf(' ');
    if (space < 0) {
      return Optional.empty();
    }
    OptionalInt pt = Numbers.payloadType(value.substring(0, space));
    String[] parts = value.substring(space + 1).trim().split("/", -1);
    if (pt.isEmpty() || parts.length < 2 || parts.length > 3 || parts[0].isEmpty()) {
      return Optional.empty();
    }
    OptionalInt rate = Numbers.nonNegative(parts[1]);
    OptionalInt channels = parts.length == 3 ? Numbers.nonNegative(parts[2]) : OptionalInt.empty();
    if (rate.isEmpty() || (parts.length == 3 && channels.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new RtpMap(pt.getAsInt(), parts[0], rate.getAsInt(), channels));
  }

  /** True for this encoding name (case-insensitive, RFC 4855 §3) at this clock rate, mono. */
  public boolean is(String name, int rate) {
    return encodingName.equalsIgnoreCase(name) && clockRate == rate
        && (channels.isEmpty() || channels.getAsInt() == 1);
  }

  /** The attribute: {@code rtpmap:0 PCMU/8000}. */
  public Attribute attribute() {
    String ch = channels.isPresent() ? "/" + channels.getAsInt() : "";
    return Attribute.of("rtpmap", payloadType + " " + encodingName + "/" + clockRate + ch);
  }
}
