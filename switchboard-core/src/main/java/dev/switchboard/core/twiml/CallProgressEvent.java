package dev.switchboard.core.twiml;

/**
 * A value of {@code statusCallbackEvent} on the call-placing nouns ({@code <Number>},
 * {@code <Client>}, {@code <Sip>}, {@code <Application>}). Twilio's default is {@link #COMPLETED}.
 */
public enum CallProgressEvent implements TwimlEnum {
    INITIATED("initiated"),
    RINGING("ringing"),
    ANSWERED("answered"),
    COMPLETED("completed");

    private final String wireValue;

    CallProgressEvent(String wireValue) { this.wireValue = wireValue; }

    @Override
    public String wireValue() { return wireValue; }
}
