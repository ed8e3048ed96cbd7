package dev.switchboard.core.twiml;

/** The {@code trim} attribute of {@code <Dial>}, {@code <Record>} and {@code <Conference>}: whether silence is cut from a recording. */
public enum Trim implements TwimlEnum {
    TRIM_SILENCE("trim-silence"),
    DO_NOT_TRIM("do-not-trim");

    private final String wireValue;

    Trim(String wireValue) { this.wireValue = wireValue; }

    @Override
    public String wireValue() { return wireValue; }
}
