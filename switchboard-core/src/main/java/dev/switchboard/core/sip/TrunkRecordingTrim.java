package dev.switchboard.core.sip;

/** A trunk's recording {@code Trim}; {@code do-not-trim} by default. */
public enum TrunkRecordingTrim {
    TRIM_SILENCE("trim-silence"),
    DO_NOT_TRIM("do-not-trim");

    private final String wire;

    TrunkRecordingTrim(String wire) { this.wire = wire; }

    /** Twilio's value, e.g. in JSON. */
    public String wire() { return wire; }

    /** The constant for a Twilio value, exactly as Twilio spells it; empty when there is none. */
    public static java.util.Optional<TrunkRecordingTrim> ofWire(String wire) {
        for (TrunkRecordingTrim v : values()) {
            if (v.wire.equals(wire)) return java.util.Optional.of(v);
        }
        return java.util.Optional.empty();
    }
}
