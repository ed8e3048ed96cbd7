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
    /** No limit: nothing runs, nothing to cancel. */
    private static final TimeLimit NONE = new TimeLimit(null);
    private final Inbox<Boolean> stop;

    private TimeLimit(Inbox<Boolean> stop) { this.stop = stop; }

    static TimeLimit start(CallClock clock, Inbox<CallInput> call, Optional<Duration> limit) {
        if (limit.isEmpty()) return NONE;
        TimeLimit t = new TimeLimit(new Inbox<>());
        clock.startParticipant(() -> {
            if (clock.poll(t.stop, limit.get()).isEmpty()) call.offer(new CallInput.Complete());
        });
        return t;
    }

    void cancel() { if (stop != null) stop.offer(true); }
}
