package dev.switchboard.media.sdp;

import java.util.OptionalInt;

/**
 * The RFC 4733 {@code telephone-event} payload format as SDP names it: a dynamic payload type mapped with
 * {@code a=rtpmap:<pt> telephone-event/8000} and {@code a=fmtp:<pt> 0-16} (the DTMF digits 0–15 and flash).
 * Only the 8000 Hz form is used: its timestamps run on the audio stream's clock (RFC 4733), and PCMU/PCMA
 * run at 8000 Hz.
 */
public final class TelephoneEventFormat {
  /** The encoding name. */
  public static final String ENCODING_NAME = "telephone-event";
  /** 8000 Hz, as G.711. */
  public static final int CLOCK_RATE = 8000;
  /** The events Switchboard answers it supports: DTMF 0–9 * # A–D (0–15) and flash (16). */
  public static final String EVENTS = "0-16";
  /** The payload type Switchboard offers (the one most phones and Twilio use). */
  public static final int DEFAULT_PAYLOAD_TYPE = 101;

  private TelephoneEventFormat() {}

  /** The payload type mapped to telephone-event/8000 in this media section, if it is among its formats. */
  public static OptionalInt payloadType(MediaDescription m) {
    for (int pt : m.payloadTypes()) {
      if (m.rtpMap(pt).filter(r -> r.is(ENCODING_NAME, CLOCK_RATE)).isPresent()) {
        return OptionalInt.of(pt);
      }
    }
    return OptionalInt.empty();
  }
}
