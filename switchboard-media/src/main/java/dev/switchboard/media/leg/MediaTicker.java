package dev.switchboard.media.leg;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * The media clock: one platform thread that runs every registered leg's tick every 20 ms, against
 * absolute deadlines (start + n × 20 ms, so it never drifts however long a round takes); a round
 * that ends past the next deadline runs the next one at once and is counted {@link #late}. A
 * failing tick is counted and does not stop the others. {@link #round} runs one round by hand
 * (tests, virtual time).
 */
public final class MediaTicker implements AutoCloseable {
    public static final Duration PERIOD = Duration.ofMillis(20);
    private final java.util.Set<Runnable> legs = ConcurrentHashMap.newKeySet();
    private final LongSupplier nanoTime;
    private final AtomicLong rounds = new AtomicLong();
    private final AtomicLong late = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean closed;
    private Thread thread;

    public MediaTicker(LongSupplier nanoTime) { this.nanoTime = nanoTime; }

    /** Starts the clock's thread. */
    public MediaTicker start() {
        thread = Thread.ofPlatform().name("switchboard-media-clock").daemon(true).start(this::run);
        return this;
    }

    public void add(Runnable leg) { legs.add(leg); }

    public void remove(Runnable leg) { legs.remove(leg); }

    public int size() { return legs.size(); }

    /** Runs every leg's tick once. */
    public void round() {
        for (Runnable leg : legs) {
            try {
                leg.run();
            } catch (RuntimeException e) {
                failures.incrementAndGet();
            }
        }
        rounds.incrementAndGet();
    }

    private void run() {
        long period = PERIOD.toNanos();
        long next = nanoTime.getAsLong();
        while (!closed) {
            round();
            next += period;
            if (next - nanoTime.getAsLong() <= 0) {
                late.incrementAndGet();
                continue;
            }
            long wait;
            while (!closed && (wait = next - nanoTime.getAsLong()) > 0) LockSupport.parkNanos(wait); // parkNanos may wake early
        }
    }

    public long rounds() { return rounds.get(); }

    public long late() { return late.get(); }

    public long failures() { return failures.get(); }

    @Override
    public void close() {
        closed = true;
        if (thread != null) LockSupport.unpark(thread);
    }
}
