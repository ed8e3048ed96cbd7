package dev.switchboard.media.sdp;

import java.util.Optional;

/**
 * The audio codecs Switchboard carries: G.711 µ-law and A-law, with their static payload types (RFC 3551
 * §6, Table 4). A phone may also map them to a dynamic payload type with {@code a=rtpmap}; {@link #matches}
 * accepts both.
 */
public enum AudioCodec {
  PCMU(0, "PCMU", 8000),
  PCMA(8, "PCMA", 8000);

  private final int staticPayloadType;
  private final String encodingName;
  private final int clockRate;

  AudioCodec(int staticPayloadType, String encodingName, int clockRate) {
    this.staticPayloadType = staticPayloadType;
    this.encodingName = encodingName;
    this.clockRate = clockRate;
  }

  /** The RFC 3551 payload type: 0 for PCMU, 8 for PCMA. */
  public int staticPayloadType() { return staticPayloadType; }

  /** The rtpmap encoding name: {@code PCMU}, {@code PCMA}. */
  public String encodingName() { return encodingName; }

  /** 8000 Hz. */
  public int clockRate() { return clockRate; }

  /** The {@code a=rtpmap} for this codec at this payload type. */
  public RtpMap rtpMap(int payloadType) {
    return new RtpMap(payloadType, encodingName, clockRate, java.util.OptionalInt.empty());
  }

  /**
   * True when payload type {@code pt} of this media section is this codec: by its {@code a=rtpmap} when there is
   * one, else by the static payload type (an rtpmap is optional for static types, RFC 4566 §6).
   */
  public boolean matches(MediaDescription m, int pt) {
    Optional<RtpMap> map = m.rtpMap(pt);
    return map.map(r -> r.is(encodingName, clockRate)).orElse(pt == staticPayloadType);
  }

  /** The codec payload type {@code pt} stands for in this media section. */
  public static Optional<AudioCodec> of(MediaDescription m, int pt) {
    for (AudioCodec c : values()) {
      if (c.matches(m, pt)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
