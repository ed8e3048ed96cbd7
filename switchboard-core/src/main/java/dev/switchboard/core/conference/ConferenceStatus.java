package dev.switchboard.core.conference;

import java.util.Optional;

/** A conference's {@code status} (spec §5.4). */
public enum ConferenceStatus {
    INIT("init"), IN_PROGRESS("in-progress"), COMPLETED("completed");

    private final String wire;

    ConferenceStatus(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    public static Optional<ConferenceStatus> fromWire(String v) {
        for (ConferenceStatus s : values()) if (s.wire.equals(v)) return Optional.of(s);
        return Optional.empty();
    }
}
