package dev.switchboard.core.sip;

/** A trunk's recording {@code Mode} ({@code /v1/Trunks/{TK}/Recording}, spec §3.2); {@code do-not-record} by default. */
public enum TrunkRecordingMode {
    DO_NOT_RECORD("do-not-record"),
    RECORD_FROM_RINGING("record-from-ringing"),
    RECORD_FROM_ANSWER("record-from-answer"),
    RECORD_FROM_RINGING_DUAL("record-from-ringing-dual"),
    RECORD_FROM_ANSWER_DUAL("record-from-answer-dual");

    private final String wire;

    TrunkRecordingMode(String wire) { this.wire = wire; }

    /** Twilio's value, e.g. in JSON. */
    public String wire() { return wire; }

    /** The constant for a Twilio value, exactly as Twilio spells it; empty when there is none. */
    public static java.util.Optional<TrunkRecordingMode> ofWire(String wire) {
        for (TrunkRecordingMode v : values()) {
            if (v.wire.equals(wire)) return java.util.Optional.of(v);
        }
        return java.util.Optional.empty();
    }
}
