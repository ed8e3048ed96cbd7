package dev.switchboard.server.calls;

import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * An optional per-account calls-per-second limit for REST-created calls (spec §13): a call over
 * the limit waits (status {@code queued}) for its slot instead of being refused. Zero means no
 * limit. Waiting goes through the call clock, so virtual time skips it too.
 */
public final class CpsGate {
    private final CallClock clock;
    private final double perSecond;
    private final Map<String, Instant> nextSlot = new HashMap<>();

    public CpsGate(CallClock clock, double perSecond) {
        this.clock = clock;
        this.perSecond = perSecond;
    }

    /** Blocks until this account may start another call; answers how long it waited. */
    public Duration await(String accountSid) {
        if (perSecond <= 0) return Duration.ZERO;
        Duration wait;
        synchronized (this) {
            Instant now = clock.now();
            Instant slot = nextSlot.getOrDefault(accountSid, now);
            if (slot.isBefore(now)) slot = now;
            nextSlot.put(accountSid, slot.plusNanos((long) (1_000_000_000L / perSecond)));
            wait = Duration.between(now, slot);
        }
        if (!wait.isZero()) clock.poll(new Inbox<>(), wait);
        return wait;
    }
}
