package dev.switchboard.core.twiml;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code <Conference>}: join a named conference room (names are scoped to the account).
 * See https://www.twilio.com/docs/voice/twiml/conference.
 *
 * @param name                          the room name, trimmed; never blank
 * @param muted                         {@code muted}, default false
 * @param beep                          {@code beep}, default {@code true}
 * @param startConferenceOnEnter        {@code startConferenceOnEnter}, default true
 * @param endConferenceOnExit           {@code endConferenceOnExit}, default false
 * @param waitUrl                       {@code waitUrl}: empty = Twilio's hold music; present
 *                                      but {@code ""} = silence (hence not trimmed away)
 * @param waitMethod                    {@code waitMethod}, default POST
 * @param maxParticipants               {@code maxParticipants}, 2–250, default 250
 * @param record                        {@code record}, default {@code do-not-record}
 * @param region                        {@code region}
 * @param coach                         {@code coach}: CallSid of the participant to coach
 * @param trim                          {@code trim}, default {@code trim-silence}
 * @param statusCallbackEvent           {@code statusCallbackEvent}, default none
 * @param statusCallback                {@code statusCallback}
 * @param statusCallbackMethod          {@code statusCallbackMethod}, default POST
 * @param recordingStatusCallback       {@code recordingStatusCallback}
 * @param recordingStatusCallbackMethod {@code recordingStatusCallbackMethod}, default POST
 * @param recordingStatusCallbackEvent  {@code recordingStatusCallbackEvent}, default {@code completed}
 * @param eventCallbackUrl              {@code eventCallbackUrl}
 * @param jitterBufferSize              {@code jitterBufferSize}, default {@code large}
 * @param participantLabel              {@code participantLabel}
 */
public record DialConference(
        String name,
        boolean muted,
        Beep beep,
        boolean startConferenceOnEnter,
        boolean endConferenceOnExit,
        Optional<String> waitUrl,
        HttpMethod waitMethod,
        int maxParticipants,
        RecordMode record,
        Optional<Region> region,
        Optional<String> coach,
        Trim trim,
        Set<Event> statusCallbackEvent,
        Optional<String> statusCallback,
        HttpMethod statusCallbackMethod,
        Optional<String> recordingStatusCallback,
        HttpMethod recordingStatusCallbackMethod,
        Set<RecordingEvent> recordingStatusCallbackEvent,
        Optional<String> eventCallbackUrl,
        JitterBufferSize jitterBufferSize,
        Optional<String> participantLabel) implements DialNoun {

    public static final int DEFAULT_MAX_PARTICIPANTS = 250;

    /** A value of {@code beep}. */
    public enum Beep implements TwimlEnum {
        TRUE("true"),
        FALSE("false"),
        ON_ENTER("onEnter"),
        ON_EXIT("onExit");

        private final String wireValue;

        Beep(String wireValue) { this.wireValue = wireValue; }

        @Override
        public String wireValue() { return wireValue; }
    }

    /** A value of {@code record}. */
    public enum RecordMode implements TwimlEnum {
        DO_NOT_RECORD("do-not-record"),
        RECORD_FROM_START("record-from-start");

        private final String wireValue;

        RecordMode(String wireValue) { this.wireValue = wireValue; }

        @Override
        public String wireValue() { return wireValue; }
    }

    /** A value of {@code region}. */
    public enum Region implements TwimlEnum {
        US1, IE1, DE1, SG1, JP1, BR1, AU1;

        @Override
        public String wireValue() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** A value of {@code statusCallbackEvent}. */
    public enum Event implements TwimlEnum {
        START("start"),
        END("end"),
        JOIN("join"),
        LEAVE("leave"),
        MUTE("mute"),
        HOLD("hold"),
        MODIFY("modify"),
        SPEAKER("speaker"),
        ANNOUNCEMENT("announcement");

        private final String wireValue;

        Event(String wireValue) { this.wireValue = wireValue; }

        @Override
        public String wireValue() { return wireValue; }
    }

    /** A value of {@code jitterBufferSize}. */
    public enum JitterBufferSize implements TwimlEnum {
        LARGE("large"),
        MEDIUM("medium"),
        SMALL("small"),
        OFF("off");

        private final String wireValue;

        JitterBufferSize(String wireValue) { this.wireValue = wireValue; }

        @Override
        public String wireValue() { return wireValue; }
    }

    public DialConference {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(beep, "beep");
        Objects.requireNonNull(waitUrl, "waitUrl");
        Objects.requireNonNull(waitMethod, "waitMethod");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(coach, "coach");
        Objects.requireNonNull(trim, "trim");
        statusCallbackEvent = Set.copyOf(statusCallbackEvent);
        Objects.requireNonNull(statusCallback, "statusCallback");
        Objects.requireNonNull(statusCallbackMethod, "statusCallbackMethod");
        Objects.requireNonNull(recordingStatusCallback, "recordingStatusCallback");
        Objects.requireNonNull(recordingStatusCallbackMethod, "recordingStatusCallbackMethod");
        recordingStatusCallbackEvent = Set.copyOf(recordingStatusCallbackEvent);
        Objects.requireNonNull(eventCallbackUrl, "eventCallbackUrl");
        Objects.requireNonNull(jitterBufferSize, "jitterBufferSize");
        Objects.requireNonNull(participantLabel, "participantLabel");
    }
}
