package dev.switchboard.media.dtmf;

import dev.switchboard.media.rtp.RtpPacket;
import java.util.Optional;

/**
 * Turns one leg's RTP packets into DTMF digits, exactly one per key press. Feed it every packet (from the
 * {@code RtpSession} listener); packets of other payload types are ignored.
 *
 * <p>RFC 4733 §2.5.1: every packet of one event carries the event's start timestamp; the duration grows and
 * the last packet, with the E bit, is sent three times. So an event is identified by its RTP timestamp, and is
 * reported on its first packet that arrives — whether that is the start, an update or an end packet — so a
 * lost start or lost ends still give one digit, as early as possible. Later packets with the same timestamp
 * (updates, the repeated ends) and late packets of older events (a timestamp before the last reported one, in
 * RFC 1982 serial order) are ignored. A new SSRC starts afresh. Not handled: an event longer than 65535
 * timestamp units (8 s), which a sender splits into segments with new timestamps (§2.5.1.3), is reported once
 * per segment.
 *
 * <p>Not thread-safe: one detector per leg, fed from the reader thread.
 */
public final class DtmfDetector {
  private final int payloadType;
  private boolean seen;
  private long lastSsrc;
  private long lastTimestamp;

  /** A detector for the telephone-event payload type negotiated for this leg. */
  public DtmfDetector(int payloadType) {
    if (payloadType < 0 || payloadType > 127) {
      throw new IllegalArgumentException("payload type out of range: " + payloadType);
    }
    this.payloadType = payloadType;
  }

  /** The key this packet starts, if it is the first packet of a new DTMF event (0–15). */
  public Optional<Character> accept(RtpPacket packet) {
    if (packet.payloadType() != payloadType) {
      return Optional.empty();
    }
    Optional<TelephoneEvent> event = TelephoneEvent.parse(packet.payload());
    if (event.isEmpty()) {
      return Optional.empty();
    }
    if (seen && packet.ssrc() == lastSsrc && !isAfter(packet.timestamp(), lastTimestamp)) {
      return Optional.empty();   // the same event again (update, repeated end) or a late one
    }
    seen = true;
    lastSsrc = packet.ssrc();
    lastTimestamp = packet.timestamp();
    return event.get().digit();
  }

  /** RFC 1982 serial-number order for 32-bit RTP timestamps: {@code a} is after {@code b}. */
  private static boolean isAfter(long a, long b) {
    long diff = (a - b) & 0xFFFF_FFFFL;
    return diff != 0 && diff < 0x8000_0000L;
  }
}
