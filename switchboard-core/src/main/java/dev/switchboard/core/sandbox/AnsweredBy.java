package dev.switchboard.core.sandbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who answered, as Twilio's answering machine detection reports it in {@code AnsweredBy}
 * (spec §12): {@code Enable} mode gives {@code machine_start} for machines, {@code DetectMessageEnd}
 * gives the {@code machine_end_*} values. A simulated phone reports the value it is scripted with.
 */
public enum AnsweredBy {
    HUMAN("human"),
    MACHINE_START("machine_start"),
    MACHINE_END_BEEP("machine_end_beep"),
    MACHINE_END_SILENCE("machine_end_silence"),
    MACHINE_END_OTHER("machine_end_other"),
    FAX("fax"),
    UNKNOWN("unknown");

    private final String wireValue;

    AnsweredBy(String wireValue) { this.wireValue = wireValue; }

    public String wireValue() { return wireValue; }

    /** The value spelled {@code value} (exact, lowercase), if any. */
    public static Optional<AnsweredBy> fromWire(String value) {
        return Arrays.stream(values()).filter(a -> a.wireValue.equals(value)).findFirst();
    }
}
