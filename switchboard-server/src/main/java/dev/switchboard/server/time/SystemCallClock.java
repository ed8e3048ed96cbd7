package dev.switchboard.server.time;

import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.Inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Wall-clock time: waits really wait. */
public final class SystemCallClock implements CallClock {
    private final Clock clock;

    public SystemCallClock(Clock clock) { this.clock = clock; }

    @Override
    public Instant now() { return clock.instant(); }

    @Override
    public <T> Optional<T> poll(Inbox<T> inbox, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (inbox) {
            while (true) {
                Optional<T> item = inbox.take();
                if (item.isPresent()) return item;
                long left = deadline - System.nanoTime();
                if (left <= 0) return Optional.empty();
                try {
                    inbox.wait(Math.max(1, left / 1_000_000), 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        }
    }
}
