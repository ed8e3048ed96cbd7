package dev.switchboard.media.sdp;

import java.util.OptionalInt;
import java.util.OptionalLong;

/** Strict decimal parsing for SDP fields: digits only, no sign, no overflow. */
final class Numbers {
  private Numbers() {}

  static OptionalLong nonNegativeLong(String s) {
    if (s.isEmpty() || s.length() > 18) {
      return OptionalLong.empty();
    }
    long v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return OptionalLong.empty();
      }
      v = v * 10 + (c - '0');
    }
    return OptionalLong.of(v);
  }

  static OptionalInt nonNegative(String s) {
    OptionalLong v = nonNegativeLong(s);
    return v.isPresent() && v.getAsLong() <= Integer.MAX_VALUE ? OptionalInt.of((int) v.getAsLong())
        : OptionalInt.empty();
  }

  /** An RTP payload type: 0–127 (RFC 3550 §5.1: seven bits). */
  static OptionalInt payloadType(String s) {
    OptionalInt v = nonNegative(s);
    return v.isPresent() && v.getAsInt() <= 127 ? v : OptionalInt.empty();
  }
}
