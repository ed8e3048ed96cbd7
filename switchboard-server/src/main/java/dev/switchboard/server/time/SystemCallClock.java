package dev.switchboard.server.time;

import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Wall-clock time: waits really wait. */
public final class SystemCallClock implements CallClock {
    /** One daemon thread fires every call's timers (TimeLimit): no thread per call waits for them. */
    private static final java.util.concurrent.ScheduledThreadPoolExecutor TIMERS = timers();
    private final Clock clock;

    private static java.util.concurrent.ScheduledThreadPoolExecutor timers() {
        var t = new java.util.concurrent.ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().name("switchboard-call-timers").daemon(true).factory());
        t.setRemoveOnCancelPolicy(true);
        return t;
    }

    @Override
    public Timer schedule(Duration delay, Runnable action) {
        var f = TIMERS.schedule(() -> Thread.ofVirtual().start(action), delay.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        return () -> f.cancel(false);
    }

    public SystemCallClock(Clock clock) { this.clock = clock; }

    @Override
    public Instant now() { return clock.instant(); }

    @Override
    public <T> Optional<T> poll(Inbox<T> inbox, Duration timeout) {
        return inbox.await(timeout.toNanos());
    }
}
