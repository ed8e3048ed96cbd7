package dev.switchboard.core.conference;

/** A participant's {@code status} (spec §5.5). */
public enum ParticipantStatus {
    QUEUED("queued"), CONNECTING("connecting"), RINGING("ringing"), CONNECTED("connected"), COMPLETE("complete"),
    FAILED("failed");

    private final String wire;

    ParticipantStatus(String wire) { this.wire = wire; }

    public String wire() { return wire; }
}
