package dev.switchboard.core.twiml;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Answering-machine detection settings of {@code <Number>} and {@code <Sip>}. Detection runs only
 * when {@code mode} is present; the other values carry Twilio's defaults either way.
 *
 * @param mode                    {@code machineDetection}
 * @param timeout                 {@code machineDetectionTimeout}, 3–60 s, default 30 s
 * @param speechThreshold         {@code machineDetectionSpeechThreshold}, 1000–6000 ms, default 2400 ms
 * @param speechEndThreshold      {@code machineDetectionSpeechEndThreshold}, 500–5000 ms, default 1200 ms
 * @param silenceTimeout          {@code machineDetectionSilenceTimeout}, 2000–10000 ms, default 5000 ms
 * @param amdStatusCallback       {@code amdStatusCallback}
 * @param amdStatusCallbackMethod {@code amdStatusCallbackMethod}, default POST
 */
public record MachineDetection(
        Optional<Mode> mode,
        Duration timeout,
        Duration speechThreshold,
        Duration speechEndThreshold,
        Duration silenceTimeout,
        Optional<String> amdStatusCallback,
        HttpMethod amdStatusCallbackMethod) {

    /** Settings of a noun with no {@code machineDetection*} attributes: detection off. */
    public static final MachineDetection DEFAULTS = new MachineDetection(
            Optional.empty(), Duration.ofSeconds(30), Duration.ofMillis(2400), Duration.ofMillis(1200),
            Duration.ofMillis(5000), Optional.empty(), HttpMethod.POST);

    /** A value of {@code machineDetection}. */
    public enum Mode implements TwimlEnum {
        ENABLE("Enable"),
        DETECT_MESSAGE_END("DetectMessageEnd");

        private final String wireValue;

        Mode(String wireValue) { this.wireValue = wireValue; }

        @Override
        public String wireValue() { return wireValue; }
    }

    public MachineDetection {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(speechThreshold, "speechThreshold");
        Objects.requireNonNull(speechEndThreshold, "speechEndThreshold");
        Objects.requireNonNull(silenceTimeout, "silenceTimeout");
        Objects.requireNonNull(amdStatusCallback, "amdStatusCallback");
        Objects.requireNonNull(amdStatusCallbackMethod, "amdStatusCallbackMethod");
    }
}
