package dev.switchboard.core.sandbox;

import java.util.Arrays;
import java.util.Optional;

/** What a simulated phone does when rung; {@link #wireValue()} is how the admin API spells it. */
public enum AnswerPolicy {
    ANSWER("answer"), BUSY("busy"), NO_ANSWER("no-answer"), FAILED("failed");

    private final String wireValue;

    AnswerPolicy(String wireValue) { this.wireValue = wireValue; }

    public String wireValue() { return wireValue; }

    /** The policy spelled {@code value} (exact, lowercase), if any. */
    public static Optional<AnswerPolicy> fromWire(String value) {
        return Arrays.stream(values()).filter(p -> p.wireValue.equals(value)).findFirst();
    }
}
