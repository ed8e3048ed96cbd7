package dev.switchboard.client;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Declares a socket dead when no frame arrived for the silence limit: any frame, the server's
 * {@code "\n"} heartbeat included, restarts the count (the Voice JS SDK's {@code WSTransport} does the
 * same with 15 s, spec §2). One check is scheduled at a time, for when the limit would pass since the
 * last frame; it never blocks. {@code onSilence} runs at most once. Thread-safe.
 */
final class SilenceWatchdog {
    private final ScheduledExecutorService timers;
    private final long limitNanos;
    private final LongSupplier nanoTime;
    private final Runnable onSilence;
    private volatile long lastHeard;
    private volatile boolean stopped;

    /** {@code nanoTime} is {@code System::nanoTime} outside tests. */
    SilenceWatchdog(ScheduledExecutorService timers, Duration limit, LongSupplier nanoTime, Runnable onSilence) {
        this.timers = timers;
        this.limitNanos = limit.toNanos();
        this.nanoTime = nanoTime;
        this.onSilence = onSilence;
    }

    /** Starts counting from now. */
    void start() {
        lastHeard = nanoTime.getAsLong();
        schedule(limitNanos);
    }

    /** A frame arrived. */
    void heard() { lastHeard = nanoTime.getAsLong(); }

    /** No {@code onSilence} after this (the socket ended another way). */
    void stop() { stopped = true; }

    private void check() {
        if (stopped) return;
        long left = lastHeard + limitNanos - nanoTime.getAsLong();
        if (left > 0) {
            schedule(left);
            return;
        }
        stopped = true;
        onSilence.run();
    }

    private void schedule(long nanos) {
        try {
            timers.schedule(this::check, nanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException deviceClosed) {
            stopped = true;
        }
    }
}
