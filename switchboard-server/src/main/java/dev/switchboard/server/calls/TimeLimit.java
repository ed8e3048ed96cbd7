package dev.switchboard.server.calls;

import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import java.time.Duration;
import java.util.Optional;

/**
 * A call's {@code TimeLimit}: after that long the call is completed, as a REST
 * {@code Status=completed} would. Runs as a clock participant so virtual time honours it;
 * {@link #cancel} stops it when the call ends first.
 */
final class TimeLimit {
    private final Inbox<Boolean> stop = new Inbox<>();

    private TimeLimit() {}

    static TimeLimit start(CallClock clock, Inbox<CallInput> call, Optional<Duration> limit) {
        TimeLimit t = new TimeLimit();
        limit.ifPresent(d -> clock.startParticipant(() -> {
            if (clock.poll(t.stop, d).isEmpty()) call.offer(new CallInput.Complete());
        }));
        return t;
    }

    void cancel() { stop.offer(true); }
}
