package dev.switchboard.server.calls;

import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import java.time.Duration;
import java.util.Optional;

/**
 * A call's {@code TimeLimit}: after that long the call is completed, as a REST
 * {@code Status=completed} would. A timer on the call clock ({@link CallClock#schedule}), so
 * virtual time honours it and no thread waits for it; {@link #cancel} stops it when the call ends first.
 */
final class TimeLimit {
    /** No limit: nothing runs, nothing to cancel. */
    private static final TimeLimit NONE = new TimeLimit(() -> {});
    private final CallClock.Timer timer;

    private TimeLimit(CallClock.Timer timer) { this.timer = timer; }

    /** A timer on the clock (no thread of its own) that offers the call {@code Complete} when the limit passes. */
    static TimeLimit start(CallClock clock, Inbox<CallInput> call, Optional<Duration> limit) {
        if (limit.isEmpty()) return NONE;
        return new TimeLimit(clock.schedule(limit.get(), () -> call.offer(new CallInput.Complete())));
    }

    void cancel() { timer.cancel(); }
}
