package dev.switchboard.core.recording;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One recording (RE…) of a call or conference. Nullable: {@code conferenceSid}, {@code duration}
 * (seconds, known once completed), {@code price}, {@code errorCode}, {@code callbackUrl}.
 *
 * @param channels       1 (mono) or 2 (dual)
 * @param track          {@code inbound}, {@code outbound} or {@code both}
 * @param startTime      when capture began
 * @param price          a decimal string such as {@code -0.0025}; null while not priced (Switchboard does not meter recordings)
 * @param callbackUrl    the {@code RecordingStatusCallback}; null when none was asked for
 * @param callbackMethod {@code GET} or {@code POST}
 * @param callbackEvents the {@code RecordingStatusCallbackEvent}s asked for ({@code in-progress}, {@code completed}, {@code absent})
 */
public record Recording(
        String sid,
        String accountSid,
        String callSid,
        String conferenceSid,
        RecordingStatus status,
        RecordingSource source,
        int channels,
        String track,
        Instant startTime,
        Integer duration,
        String price,
        Integer errorCode,
        String callbackUrl,
        String callbackMethod,
        List<String> callbackEvents,
        Instant dateCreated,
        Instant dateUpdated) {

    public Recording {
        callbackEvents = List.copyOf(Objects.requireNonNull(callbackEvents, "callbackEvents"));
    }

    public Recording withStatus(RecordingStatus s, Instant at) {
        return new Recording(sid, accountSid, callSid, conferenceSid, s, source, channels, track, startTime, duration, price,
                errorCode, callbackUrl, callbackMethod, callbackEvents, dateCreated, at);
    }

    /** Completed with its file: {@code seconds} long. */
    public Recording completed(int seconds, Instant at) {
        return new Recording(sid, accountSid, callSid, conferenceSid, RecordingStatus.COMPLETED, source, channels, track,
                startTime, seconds, price, errorCode, callbackUrl, callbackMethod, callbackEvents, dateCreated, at);
    }

    /** Ended without a file; {@code code} is the Twilio error code saying why, or null. */
    public Recording absent(Integer code, Instant at) {
        return new Recording(sid, accountSid, callSid, conferenceSid, RecordingStatus.ABSENT, source, channels, track,
                startTime, 0, price, code, callbackUrl, callbackMethod, callbackEvents, dateCreated, at);
    }

    /** Whether the status callback was asked for this event. */
    public boolean wantsCallback(String event) {
        return callbackUrl != null && callbackEvents.contains(event);
    }
}
