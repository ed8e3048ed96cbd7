package dev.switchboard.core.twiml;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code <Dial>}: connect the caller to another party. See https://www.twilio.com/docs/voice/twiml/dial.
 * The parser guarantees at least one noun and that exclusive nouns ({@code <Conference>},
 * {@code <Queue>}, {@code <Application>}) stand alone; {@code <Number>}, {@code <Client>} and
 * {@code <Sip>} ring together, at most {@value #MAX_PARALLEL_NOUNS}.
 *
 * @param nouns                         what to dial, in document order
 * @param action                        {@code action}; without it execution falls through
 * @param method                        {@code method}, default POST
 * @param timeout                       {@code timeout}: ring time in seconds, 5–600, default 30
 * @param timeLimit                     {@code timeLimit}: max call length in seconds, default 14400
 * @param callerId                      {@code callerId}
 * @param callReason                    {@code callReason}
 * @param answerOnBridge                {@code answerOnBridge}, default false
 * @param hangupOnStar                  {@code hangupOnStar}, default false
 * @param record                        {@code record}, default {@code do-not-record}
 *                                      ({@code true}/{@code false} map to
 *                                      {@code record-from-answer}/{@code do-not-record})
 * @param trim                          {@code trim}, default {@code do-not-trim}
 * @param recordingStatusCallback       {@code recordingStatusCallback}
 * @param recordingStatusCallbackMethod {@code recordingStatusCallbackMethod}, default POST
 * @param recordingStatusCallbackEvent  {@code recordingStatusCallbackEvent}, default {@code completed}
 * @param recordingTrack                {@code recordingTrack}, default {@code both}
 * @param recordingConfigurationId      {@code recordingConfigurationId}
 * @param ringTone                      {@code ringTone}; empty = the carrier's ringback
 * @param referUrl                      {@code referUrl}
 * @param referMethod                   {@code referMethod}, default POST
 * @param sequential                    {@code sequential}, default false (ring in parallel)
 * @param events                        {@code events} (helper libraries), default none
 */
public record Dial(
        List<DialNoun> nouns,
        Optional<String> action,
        HttpMethod method,
        Duration timeout,
        Duration timeLimit,
        Optional<String> callerId,
        Optional<String> callReason,
        boolean answerOnBridge,
        boolean hangupOnStar,
        RecordMode record,
        Trim trim,
        Optional<String> recordingStatusCallback,
        HttpMethod recordingStatusCallbackMethod,
        Set<RecordingEvent> recordingStatusCallbackEvent,
        RecordingTrack recordingTrack,
        Optional<String> recordingConfigurationId,
        Optional<RingTone> ringTone,
        Optional<String> referUrl,
        HttpMethod referMethod,
        boolean sequential,
        Set<Event> events) implements Verb {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(14_400);
    public static final int MAX_PARALLEL_NOUNS = 10;

    /** A value of {@code record}. */
    public enum RecordMode implements TwimlEnum {
        DO_NOT_RECORD("do-not-record"),
        RECORD_FROM_ANSWER("record-from-answer"),
        RECORD_FROM_RINGING("record-from-ringing"),
        RECORD_FROM_ANSWER_DUAL("record-from-answer-dual"),
        RECORD_FROM_RINGING_DUAL("record-from-ringing-dual");

        private final String wireValue;

        RecordMode(String wireValue) { this.wireValue = wireValue; }

        @Override
        public String wireValue() { return wireValue; }
    }

    /** A value of {@code recordingTrack}. */
    public enum RecordingTrack implements TwimlEnum {
        BOTH("both"),
        INBOUND("inbound"),
        OUTBOUND("outbound");

        private final String wireValue;

        RecordingTrack(String wireValue) { this.wireValue = wireValue; }

        @Override
        public String wireValue() { return wireValue; }
    }

    /** A value of {@code events}. */
    public enum Event implements TwimlEnum {
        CALL_PROGRESS_EVENT("call-progress-event");

        private final String wireValue;

        Event(String wireValue) { this.wireValue = wireValue; }

        @Override
        public String wireValue() { return wireValue; }
    }

    /** A value of {@code ringTone}: a country's ringback tone. */
    public enum RingTone implements TwimlEnum {
        AT, AU, BG, BR, BE, CH, CL, CN, CZ, DE, DK, EE, ES, FI, FR, GR, HU, IL, IN, IT, LT, JP, MX,
        MY, NL, NO, NZ, PH, PL, PT, RU, SE, SG, TH, UK, US, US_OLD, TW, VE, ZA;

        @Override
        public String wireValue() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
    }

    public Dial {
        nouns = List.copyOf(nouns);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(callerId, "callerId");
        Objects.requireNonNull(callReason, "callReason");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(trim, "trim");
        Objects.requireNonNull(recordingStatusCallback, "recordingStatusCallback");
        Objects.requireNonNull(recordingStatusCallbackMethod, "recordingStatusCallbackMethod");
        recordingStatusCallbackEvent = Set.copyOf(recordingStatusCallbackEvent);
        Objects.requireNonNull(recordingTrack, "recordingTrack");
        Objects.requireNonNull(recordingConfigurationId, "recordingConfigurationId");
        Objects.requireNonNull(ringTone, "ringTone");
        Objects.requireNonNull(referUrl, "referUrl");
        Objects.requireNonNull(referMethod, "referMethod");
        events = Set.copyOf(events);
    }
}
