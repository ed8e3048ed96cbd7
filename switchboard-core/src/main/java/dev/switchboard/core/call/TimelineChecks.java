package dev.switchboard.core.call;

import java.time.Instant;
import java.util.Objects;

/** The fields every {@link TimelineEntry} requires. */
final class TimelineChecks {
    private TimelineChecks() {}

    static void header(String accountSid, String callSid, long sequence, Instant at) {
        Objects.requireNonNull(accountSid, "accountSid");
        Objects.requireNonNull(callSid, "callSid");
        Objects.requireNonNull(at, "at");
        if (sequence < 0) throw new IllegalArgumentException("sequence " + sequence);
    }
}
