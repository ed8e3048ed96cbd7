package dev.switchboard.core.recording;

import java.util.Optional;

/**
 * A recording's {@code status} (twilio-java {@code Recording.Status}, spec twilio-sip-media.md §5.3).
 * {@code in-progress}, {@code paused} and {@code stopped} are a live call's recording; {@code processing}
 * is a stopped one whose file is being written; {@code completed} has its file; {@code absent} never will.
 */
public enum RecordingStatus {
    IN_PROGRESS("in-progress"), PAUSED("paused"), STOPPED("stopped"), PROCESSING("processing"),
    COMPLETED("completed"), ABSENT("absent"), FAILED("failed");

    private final String wire;

    RecordingStatus(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    /** Still capturing or paused: the only states a pause, resume or stop applies to. */
    public boolean live() { return this == IN_PROGRESS || this == PAUSED; }

    public static Optional<RecordingStatus> fromWire(String v) {
        for (RecordingStatus s : values()) if (s.wire.equals(v)) return Optional.of(s);
        return Optional.empty();
    }
}
