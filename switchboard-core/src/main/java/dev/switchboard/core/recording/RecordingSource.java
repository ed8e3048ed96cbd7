package dev.switchboard.core.recording;

import java.util.Optional;

/** How a recording was started: its {@code source} (twilio-java {@code Recording.Source}). */
public enum RecordingSource {
    DIAL_VERB("DialVerb"), CONFERENCE("Conference"), OUTBOUND_API("OutboundAPI"), TRUNKING("Trunking"),
    RECORD_VERB("RecordVerb"), START_CALL_RECORDING_API("StartCallRecordingAPI"),
    START_CONFERENCE_RECORDING_API("StartConferenceRecordingAPI");

    private final String wire;

    RecordingSource(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    public static Optional<RecordingSource> fromWire(String v) {
        for (RecordingSource s : values()) if (s.wire.equals(v)) return Optional.of(s);
        return Optional.empty();
    }
}
