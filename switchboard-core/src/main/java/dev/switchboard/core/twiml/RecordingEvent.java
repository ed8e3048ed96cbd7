package dev.switchboard.core.twiml;

/** A value of {@code recordingStatusCallbackEvent} on {@code <Dial>}, {@code <Record>} and {@code <Conference>}. */
public enum RecordingEvent implements TwimlEnum {
    IN_PROGRESS("in-progress"),
    COMPLETED("completed"),
    ABSENT("absent");

    private final String wireValue;

    RecordingEvent(String wireValue) { this.wireValue = wireValue; }

    @Override
    public String wireValue() { return wireValue; }
}
