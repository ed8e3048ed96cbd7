package dev.switchboard.core.twiml;

/**
 * An enumerated TwiML attribute value. {@link #wireValue()} is the exact spelling Twilio uses in
 * TwiML (for example {@code record-from-answer} or {@code onEnter}), so executors and the
 * support matrix never need the Java constant name.
 */
public interface TwimlEnum {
    /** The value as written in a TwiML attribute. */
    String wireValue();
}
