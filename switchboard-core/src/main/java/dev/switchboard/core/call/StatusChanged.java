package dev.switchboard.core.call;

import java.time.Instant;
import java.util.Objects;

/** The call moved from one status to another. */
public record StatusChanged(String accountSid, String callSid, long sequence, Instant at, CallStatus from, CallStatus to)
        implements TimelineEntry {

    public StatusChanged {
        TimelineChecks.header(accountSid, callSid, sequence, at);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public StatusChanged withSequence(long n) {
        return new StatusChanged(accountSid, callSid, n, at, from, to);
    }
}
