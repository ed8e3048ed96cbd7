package dev.switchboard.client;

import java.time.Duration;

/**
 * The delays between reconnect attempts: the first, then doubling up to a cap, as the Voice JS SDK
 * does with one signalling URI (spec §2: starts at 100 ms, doubles, capped at 20 s). Not thread-safe;
 * one reconnect loop owns it.
 */
final class Backoff {
    static final Duration FIRST = Duration.ofMillis(100);
    static final Duration CAP = Duration.ofSeconds(20);

    private final Duration first;
    private final Duration cap;
    private Duration next;

    Backoff(Duration first, Duration cap) {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= cap, got " + first + " and " + cap);
        }
        this.first = first;
        this.cap = cap;
        this.next = first;
    }

    /** The delay before the next attempt; each call doubles the one after, up to the cap. */
    Duration next() {
        Duration now = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(cap) > 0 ? cap : doubled;
        return now;
    }

    /** Starts again from the first delay (after a successful reconnect). */
    void reset() { next = first; }
}
