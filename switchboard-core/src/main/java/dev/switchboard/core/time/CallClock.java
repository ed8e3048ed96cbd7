package dev.switchboard.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Time as a port. Every wait a call makes (Pause, Gather and ring timeouts, time limits) goes
 * through {@link #poll}, so a virtual clock can skip idle time while keeping order and durations.
 * Implementations: {@code SystemCallClock} (server; wall time) and {@link VirtualCallClock}.
 */
public interface CallClock {
    Instant now();

    /**
     * Blocks until {@code inbox} has an item or {@code timeout} passes; answers the item, or empty on
     * timeout. A zero timeout only looks. Interruption ends the wait early with empty.
     */
    <T> Optional<T> poll(Inbox<T> inbox, Duration timeout);

    /** Waits for the whole timeout (a Pause); items arriving meanwhile stay in the inbox. */
    default void sleep(Duration d) {
        poll(new Inbox<>(), d);
    }

    /** A thread that will wait on this clock (a call) tells the clock it is running, so virtual time waits for it. */
    default Participant join() {
        return () -> {};
    }

    /** Ends a participant's membership; a virtual clock may then advance without it. */
    interface Participant extends AutoCloseable {
        @Override
        void close();
    }
}
