package dev.switchboard.media.dtmf;

import java.util.Optional;

/**
 * One RFC 4733 §2.3 telephone-event payload: {@code event (8) | E (1) R (1) volume (6) | duration (16)}.
 *
 * @param event the event code (0–255); 0–15 are the DTMF keys {@code 0-9 * # A-D}, 16 is flash (§3.2)
 * @param end the E bit: the event has ended (senders repeat the final packet three times, §2.5.1.4)
 * @param volume the power level in −dBm0, 0–63 (§2.3.4)
 * @param duration the duration so far in timestamp units (8000 Hz for us), 0–65535 (§2.3.5)
 */
public record TelephoneEvent(int event, boolean end, int volume, int duration) {
  /** The payload is 4 octets. */
  public static final int LENGTH = 4;
  private static final String DIGITS = "0123456789*#ABCD";

  public TelephoneEvent {
    if (event < 0 || event > 255 || volume < 0 || volume > 63 || duration < 0 || duration > 0xFFFF) {
      throw new IllegalArgumentException("telephone-event out of range: event " + event + ", volume " + volume
          + ", duration " + duration);
    }
  }

  /** The event for a DTMF key ({@code 0-9 * # A-D}, lower-case {@code a-d} accepted). */
  public static TelephoneEvent ofDigit(char digit, boolean end, int volume, int duration) {
    int event = DIGITS.indexOf(Character.toUpperCase(digit));
    if (event < 0) {
      throw new IllegalArgumentException("not a DTMF key: " + digit);
    }
    return new TelephoneEvent(event, end, volume, duration);
  }

  /**
   * Reads the first event of a payload. Empty when it is shorter than 4 octets. Octets after the first 4 are
   * ignored (RFC 4733 §2.5.1.5 allows several events per packet only with RFC 2198 redundancy, which is not
   * negotiated).
   */
  public static Optional<TelephoneEvent> parse(byte[] payload) {
    if (payload.length < LENGTH) {
      return Optional.empty();
    }
    int flags = payload[1] & 0xFF;
    return Optional.of(new TelephoneEvent(payload[0] & 0xFF, (flags & 0x80) != 0, flags & 0x3F,
        ((payload[2] & 0xFF) << 8) | (payload[3] & 0xFF)));
  }

  /** The 4 payload octets; the R bit is zero (§2.3.3). */
  public byte[] toBytes() {
    return new byte[] {(byte) event, (byte) ((end ? 0x80 : 0) | volume), (byte) (duration >>> 8), (byte) duration};
  }

  /** The DTMF key of events 0–15; empty for flash and every other event. */
  public Optional<Character> digit() {
    return event < DIGITS.length() ? Optional.of(DIGITS.charAt(event)) : Optional.empty();
  }
}
