package dev.switchboard.client;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The timer behind {@link Device#onTokenWillExpire}: each {@code connected} frame (after every
 * {@code listen}: connect, reconnect, {@link Device#updateToken}) replaces it with one that fires
 * {@code lead} before that frame's {@code token.ttl} runs out, as the Voice JS SDK's
 * {@code _onSignalingConnected} does with {@code tokenRefreshMs}. Thread-safe; never blocks.
 */
final class TokenWarning {
    private final ScheduledExecutorService timers;
    private final Duration lead;
    private final Runnable fire;
    private ScheduledFuture<?> pending; // guarded by this

    TokenWarning(ScheduledExecutorService timers, Duration lead, Runnable fire) {
        this.timers = timers;
        this.lead = lead;
        this.fire = fire;
    }

    /** How long after a {@code connected} with {@code ttlSeconds} the warning fires: never before now. */
    static Duration delay(long ttlSeconds, Duration lead) {
        Duration d = Duration.ofSeconds(ttlSeconds).minus(lead);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** A {@code connected} frame arrived; without a ttl (negative) no warning is due. */
    synchronized void connected(long ttlSeconds) {
        cancel();
        if (ttlSeconds < 0) return;
        try {
            pending = timers.schedule(fire, delay(ttlSeconds, lead).toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException deviceClosed) {
            pending = null;
        }
    }

    synchronized void cancel() {
        if (pending != null) pending.cancel(false);
        pending = null;
    }
}
