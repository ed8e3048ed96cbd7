package dev.switchboard.core.twiml;

/** {@code <Echo/>}: play the caller's audio back to them (a latency test tool). No attributes. */
public record Echo() implements Verb {
}
