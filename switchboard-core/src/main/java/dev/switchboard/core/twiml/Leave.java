package dev.switchboard.core.twiml;

/**
 * {@code <Leave/>}: take the caller out of the queue they wait in; execution resumes after the
 * {@code <Enqueue>}. No attributes. See https://www.twilio.com/docs/voice/twiml/leave.
 */
public record Leave() implements Verb {
}
