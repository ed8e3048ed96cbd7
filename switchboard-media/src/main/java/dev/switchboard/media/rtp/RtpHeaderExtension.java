package dev.switchboard.media.rtp;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The RTP header extension (RFC 3550 §5.3.1): a 16-bit profile-defined value and data in 32-bit words, kept
 * as opaque bytes (RFC 8285 one- and two-byte elements are not decoded).
 */
public record RtpHeaderExtension(int profile, byte[] data) {
  public RtpHeaderExtension {
    if (profile < 0 || profile > 0xFFFF) {
      throw new IllegalArgumentException("profile out of range: " + profile);
    }
    if (data.length % 4 != 0 || data.length / 4 > 0xFFFF) {
      throw new IllegalArgumentException("extension data must be whole 32-bit words: " + data.length + " bytes");
    }
    data = data.clone();
  }

  /** A copy of the data. */
  @Override public byte[] data() { return data.clone(); }

  int length() { return data.length; }

  void copyTo(byte[] out, int at) { System.arraycopy(data, 0, out, at, data.length); }

  @Override public boolean equals(Object o) {
    return o instanceof RtpHeaderExtension e && e.profile == profile && Arrays.equals(e.data, data);
  }

  @Override public int hashCode() { return 31 * profile + Arrays.hashCode(data); }

  @Override public String toString() {
    return "RtpHeaderExtension[profile=0x" + Integer.toHexString(profile) + ", data=" + HexFormat.of().formatHex(data) + "]";
  }
}
