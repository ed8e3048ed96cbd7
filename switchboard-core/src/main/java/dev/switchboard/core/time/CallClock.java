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

    /**
     * Starts {@code body} on a new virtual thread that is a participant for as long as the body
     * runs. Membership begins on the calling thread, before this returns, so a virtual clock cannot
     * skip past the new thread's first wait while it is still being scheduled (a helper started by
     * a call, e.g. a simulated phone's scripted presses). Returns the started thread; does not block.
     *
     * <p>The default joins on the new thread, which is enough for a wall clock (time passes
     * whether or not anyone waits); a clock that skips idle time must override it.
     */
    default Thread startParticipant(Runnable body) {
        return Thread.ofVirtual().start(() -> {
            try (Participant p = join()) {
                body.run();
            }
        });
    }

    /**
     * Runs {@code action} once {@code delay} has passed on this clock, unless cancelled first; for
     * timers that only fire an input into a call (a call's {@code TimeLimit}). The default starts a
     * participant thread that waits; clocks override it to keep no thread per timer. Does not block.
     */
    default Timer schedule(Duration delay, Runnable action) {
        Inbox<Boolean> cancelled = new Inbox<>();
        startParticipant(() -> {
            if (poll(cancelled, delay).isEmpty()) action.run();
        });
        return () -> cancelled.offer(true);
    }

    /** A scheduled action; {@link #cancel} stops it if it has not run yet. */
    @FunctionalInterface
    interface Timer {
        void cancel();
    }

    /** Ends a participant's membership; a virtual clock may then advance without it. */
    interface Participant extends AutoCloseable {
        @Override
        void close();
    }
}
