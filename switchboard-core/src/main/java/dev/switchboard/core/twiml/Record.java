package dev.switchboard.core.twiml;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@code <Record>}: record the caller. See https://www.twilio.com/docs/voice/twiml/record.
 * Without {@code action} Twilio posts to the current document's URL; the interpreter applies that.
 *
 * @param action                        {@code action}, as written
 * @param method                        {@code method}, default POST
 * @param timeout                       {@code timeout}: seconds of silence that end the
 *                                      recording, default 5 (0 disables silence detection)
 * @param finishOnKey                   {@code finishOnKey}: the set of keys that end the
 *                                      recording, default {@code 1234567890*#}; empty = none
 * @param maxLength                     {@code maxLength} in seconds, default 3600
 * @param playBeep                      {@code playBeep}, default true
 * @param trim                          {@code trim}, default {@code trim-silence}
 * @param recordingStatusCallback       {@code recordingStatusCallback}
 * @param recordingStatusCallbackMethod {@code recordingStatusCallbackMethod}, default POST
 * @param recordingStatusCallbackEvent  {@code recordingStatusCallbackEvent}, default {@code completed}
 * @param transcribe                    {@code transcribe}, default false
 * @param transcribeCallback            {@code transcribeCallback}
 */
public record Record(
        Optional<String> action,
        HttpMethod method,
        Duration timeout,
        String finishOnKey,
        Duration maxLength,
        boolean playBeep,
        Trim trim,
        Optional<String> recordingStatusCallback,
        HttpMethod recordingStatusCallbackMethod,
        Set<RecordingEvent> recordingStatusCallbackEvent,
        boolean transcribe,
        Optional<String> transcribeCallback) implements Verb {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final String DEFAULT_FINISH_ON_KEY = "1234567890*#";
    public static final Duration DEFAULT_MAX_LENGTH = Duration.ofSeconds(3600);

    public Record {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(finishOnKey, "finishOnKey");
        Objects.requireNonNull(maxLength, "maxLength");
        Objects.requireNonNull(trim, "trim");
        Objects.requireNonNull(recordingStatusCallback, "recordingStatusCallback");
        Objects.requireNonNull(recordingStatusCallbackMethod, "recordingStatusCallbackMethod");
        recordingStatusCallbackEvent = Set.copyOf(recordingStatusCallbackEvent);
        Objects.requireNonNull(transcribeCallback, "transcribeCallback");
    }
}
