package dev.switchboard.core.call;

import java.time.Instant;
import java.util.Objects;

/**
 * The interpreter executed a TwiML verb.
 *
 * @param verb   the element name as in TwiML ({@code Say}, {@code Gather}, {@code Dial})
 * @param detail a short human summary (what was said, the digits gathered, the dial result), may be {@code ""}
 */
public record VerbExecuted(String accountSid, String callSid, long sequence, Instant at, String verb, String detail)
        implements TimelineEntry {

    public VerbExecuted {
        TimelineChecks.header(accountSid, callSid, sequence, at);
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public VerbExecuted withSequence(long n) {
        return new VerbExecuted(accountSid, callSid, n, at, verb, detail);
    }
}
