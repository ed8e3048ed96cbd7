package dev.switchboard.core.call;

import java.util.Optional;

/**
 * A call's status as the REST API reports it (spec §1.3). {@code initiated} is deliberately
 * absent: it only ever appears in status callbacks, never as a Call resource's {@code status}
 * (Twilio's OpenAPI {@code call_enum_status} has no such value).
 */
public enum CallStatus {
    QUEUED("queued"),
    RINGING("ringing"),
    IN_PROGRESS("in-progress"),
    COMPLETED("completed"),
    BUSY("busy"),
    FAILED("failed"),
    NO_ANSWER("no-answer"),
    CANCELED("canceled");

    private final String wire;

    CallStatus(String wire) { this.wire = wire; }

    /** Twilio's spelling, e.g. {@code in-progress}. */
    public String wire() { return wire; }

    /** Whether the call has ended for good: completed, busy, failed, no-answer or canceled. */
    public boolean isTerminal() {
        return switch (this) {
            case QUEUED, RINGING, IN_PROGRESS -> false;
            case COMPLETED, BUSY, FAILED, NO_ANSWER, CANCELED -> true;
        };
    }

    /** The status with this exact (case-sensitive) wire value. */
    public static Optional<CallStatus> fromWire(String value) {
        for (CallStatus s : values()) if (s.wire.equals(value)) return Optional.of(s);
        return Optional.empty();
    }
}
