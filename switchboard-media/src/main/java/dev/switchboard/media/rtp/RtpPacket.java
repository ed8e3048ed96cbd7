package dev.switchboard.media.rtp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An RTP packet (RFC 3550 §5.1): the fixed header, the CSRC list, an optional header extension, the payload and
 * the padding length. Immutable; the payload is copied in and out. {@link #parse} checks what RFC 3550 §A.1
 * asks of a receiver and refuses the rest with an {@link RtpParseException} naming the reason; {@link #toBytes}
 * writes the same layout back, so parse → write gives the same bytes.
 *
 * @param paddingLength padding octets at the end, the count octet included (0: no padding, P bit clear)
 */
public record RtpPacket(boolean marker, int payloadType, int sequenceNumber, long timestamp, long ssrc,
    List<Long> csrcs, Optional<RtpHeaderExtension> extension, byte[] payload, int paddingLength) {
  /** The fixed header is 12 octets. */
  public static final int HEADER_LENGTH = 12;
  private static final long UINT32 = 0xFFFF_FFFFL;

  public RtpPacket {
    Objects.requireNonNull(extension, "extension");
    if (payloadType < 0 || payloadType > 127) {
      throw new IllegalArgumentException("payload type out of range: " + payloadType);
    }
    if (sequenceNumber < 0 || sequenceNumber > 0xFFFF) {
      throw new IllegalArgumentException("sequence number out of range: " + sequenceNumber);
    }
    if ((timestamp & ~UINT32) != 0 || (ssrc & ~UINT32) != 0) {
      throw new IllegalArgumentException("timestamp and SSRC are 32-bit unsigned");
    }
    csrcs = List.copyOf(csrcs);
    if (csrcs.size() > 15 || csrcs.stream().anyMatch(c -> (c & ~UINT32) != 0)) {
      throw new IllegalArgumentException("at most 15 CSRCs, each 32-bit unsigned");
    }
    if (paddingLength < 0 || paddingLength > 255) {
      throw new IllegalArgumentException("padding length out of range: " + paddingLength);
    }
    payload = payload.clone();
  }

  /** A plain packet: no CSRCs, no extension, no padding. */
  public static RtpPacket of(int payloadType, int sequenceNumber, long timestamp, long ssrc, boolean marker,
      byte[] payload) {
    return new RtpPacket(marker, payloadType, sequenceNumber, timestamp, ssrc, List.of(), Optional.empty(), payload,
        0);
  }

  /** A copy of the payload. */
  @Override public byte[] payload() { return payload.clone(); }

  /** The payload length in octets. */
  public int payloadLength() { return payload.length; }

  /** Parses a whole datagram. */
  public static RtpPacket parse(byte[] datagram) {
    return parse(datagram, 0, datagram.length);
  }

  /**
   * Parses {@code length} octets from {@code offset} (a range that must lie inside {@code buf}).
   *
   * @throws RtpParseException when the bytes are not a valid RTP packet; never any other exception for a
   *     range inside {@code buf}
   */
  public static RtpPacket parse(byte[] buf, int offset, int length) {
    if (length < HEADER_LENGTH) {
      throw new RtpParseException("shorter than the 12-octet RTP header: " + length + " octets");
    }
    int b0 = buf[offset] & 0xFF;
    int b1 = buf[offset + 1] & 0xFF;
    if (b0 >>> 6 != 2) {
      throw new RtpParseException("version " + (b0 >>> 6) + ", not 2");
    }
    int payloadType = b1 & 0x7F;
    if (payloadType >= 72 && payloadType <= 76) {
      // RFC 5761 §4: these collide with RTCP SR/RR/SDES/BYE/APP (200–204) — an RTCP packet on the RTP port.
      throw new RtpParseException("payload type " + payloadType + " is reserved (RTCP packet type "
          + (payloadType + 128) + ")");
    }
    int at = HEADER_LENGTH;
    int end = length;
    int csrcCount = b0 & 0x0F;
    if (at + 4 * csrcCount > end) {
      throw new RtpParseException(csrcCount + " CSRCs do not fit in " + length + " octets");
    }
    List<Long> csrcs = new ArrayList<>(csrcCount);
    for (int i = 0; i < csrcCount; i++, at += 4) {
      csrcs.add(uint32(buf, offset + at));
    }
    Optional<RtpHeaderExtension> extension = Optional.empty();
    if ((b0 & 0x10) != 0) {
      if (at + 4 > end) {
        throw new RtpParseException("header extension bit set but no room for its header");
      }
      int profile = uint16(buf, offset + at);
      int words = uint16(buf, offset + at + 2);
      at += 4;
      if (at + 4 * words > end) {
        throw new RtpParseException("header extension of " + words + " words overruns the packet");
      }
      extension = Optional.of(new RtpHeaderExtension(profile,
          Arrays.copyOfRange(buf, offset + at, offset + at + 4 * words)));
      at += 4 * words;
    }
    int padding = 0;
    if ((b0 & 0x20) != 0) {
      padding = buf[offset + length - 1] & 0xFF;
      if (padding == 0 || padding > end - at) {
        throw new RtpParseException("padding count " + padding + " does not fit the " + (end - at)
            + " octets after the header");
      }
      end -= padding;
    }
    return new RtpPacket((b1 & 0x80) != 0, payloadType, uint16(buf, offset + 2), uint32(buf, offset + 4),
        uint32(buf, offset + 8), csrcs, extension, Arrays.copyOfRange(buf, offset + at, offset + end), padding);
  }

  /** The packet on the wire. Padding octets are zero except the last, which holds the count. */
  public byte[] toBytes() {
    int extLength = extension.map(e -> 4 + e.length()).orElse(0);
    byte[] out = new byte[HEADER_LENGTH + 4 * csrcs.size() + extLength + payload.length + paddingLength];
    out[0] = (byte) (0x80 | (paddingLength > 0 ? 0x20 : 0) | (extension.isPresent() ? 0x10 : 0) | csrcs.size());
    out[1] = (byte) ((marker ? 0x80 : 0) | payloadType);
    putUint16(out, 2, sequenceNumber);
    putUint32(out, 4, timestamp);
    putUint32(out, 8, ssrc);
    int at = HEADER_LENGTH;
    for (long csrc : csrcs) {
      putUint32(out, at, csrc);
      at += 4;
    }
    if (extension.isPresent()) {
      RtpHeaderExtension e = extension.get();
      putUint16(out, at, e.profile());
      putUint16(out, at + 2, e.length() / 4);
      e.copyTo(out, at + 4);
      at += 4 + e.length();
    }
    System.arraycopy(payload, 0, out, at, payload.length);
    if (paddingLength > 0) {
      out[out.length - 1] = (byte) paddingLength;
    }
    return out;
  }

  private static int uint16(byte[] b, int at) {
    return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
  }

  private static long uint32(byte[] b, int at) {
    return ((long) uint16(b, at) << 16) | uint16(b, at + 2);
  }

  private static void putUint16(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 8);
    b[at + 1] = (byte) v;
  }

  private static void putUint32(byte[] b, int at, long v) {
    putUint16(b, at, (int) (v >>> 16) & 0xFFFF);
    putUint16(b, at + 2, (int) v & 0xFFFF);
  }

  @Override public boolean equals(Object o) {
    return o instanceof RtpPacket p && p.marker == marker && p.payloadType == payloadType
        && p.sequenceNumber == sequenceNumber && p.timestamp == timestamp && p.ssrc == ssrc
        && p.csrcs.equals(csrcs) && p.extension.equals(extension) && Arrays.equals(p.payload, payload)
        && p.paddingLength == paddingLength;
  }

  @Override public int hashCode() {
    return Objects.hash(marker, payloadType, sequenceNumber, timestamp, ssrc, csrcs, extension, paddingLength)
        * 31 + Arrays.hashCode(payload);
  }

  @Override public String toString() {
    return "RtpPacket[pt=" + payloadType + ", seq=" + sequenceNumber + ", ts=" + timestamp + ", ssrc=0x"
        + Long.toHexString(ssrc) + (marker ? ", marker" : "") + (csrcs.isEmpty() ? "" : ", csrcs=" + csrcs)
        + extension.map(e -> ", " + e).orElse("") + ", payload=" + payload.length + " octets"
        + (paddingLength > 0 ? ", padding=" + paddingLength : "") + "]";
  }
}
