package dev.switchboard.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Virtual time: idle waits take no wall time. Every call thread {@link #join joins} the clock; a
 * joined thread counts as running except while it waits in {@link #poll}. When no joined thread
 * is running, the clock jumps to the earliest waiting deadline and wakes that waiter, so a flow
 * with a 30 s Pause ends in milliseconds with the same ordering and reported durations as on a
 * real clock. Work that is not a wait (webhook HTTP requests) holds time still.
 *
 * <p>An input offered to a waiter's inbox makes that waiter running at once, before it is even
 * scheduled, so time cannot jump past an event that has already happened.
 */
public final class VirtualCallClock implements CallClock {
    private final ThreadLocal<Boolean> member = ThreadLocal.withInitial(() -> false);
    private final PriorityQueue<Waiter> waiters = new PriorityQueue<>();
    private Instant now;
    private int running;
    private int holds;
    private long seq;

    public VirtualCallClock(Instant start) { this.now = start; }

    private static final class Waiter implements Comparable<Waiter> {
        final Instant deadline;
        final long order;
        volatile boolean fired;
        boolean member;
        /** For a timer ({@link #schedule}): what to run when it fires; no thread waits on it. */
        Runnable action;

        Waiter(Instant deadline, long order) {
            this.deadline = deadline;
            this.order = order;
        }

        @Override
        public int compareTo(Waiter o) {
            int c = deadline.compareTo(o.deadline);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    @Override
    public synchronized Instant now() { return now; }

    /** Moves time forward by hand (tests); waiters whose deadline passes are woken in order. */
    public synchronized void advance(Duration d) {
        Instant target = now.plus(d);
        while (!waiters.isEmpty() && !waiters.peek().deadline.isAfter(target)) {
            fire(waiters.poll(), true);
            awaitQuiet();
        }
        now = target;
        notifyAll();
    }

    /**
     * Holds time still: while held, only {@link #advance} moves it. For tests and the sandbox
     * admin API, so a driver can act on live calls between steps. Holds nest; each needs a release.
     */
    public synchronized void hold() {
        holds++;
        running++;
    }

    /** Ends one {@link #hold}; with none left, idle time is skipped again. */
    public synchronized void release() {
        if (holds == 0) return;
        holds--;
        running--;
        advanceIfIdle();
    }

    public synchronized boolean isHeld() { return holds > 0; }

    /** Waits (lock released) until every woken participant is waiting again, so advances keep order. */
    private void awaitQuiet() {
        // a participant busy with I/O must not hang the driver: give up after ~5 s of 50 ms waits
        for (int i = 0; i < 100 && running > holds; i++) {
            try {
                wait(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public Participant join() {
        synchronized (this) {
            running++;
        }
        member.set(true);
        return () -> {
            member.set(false);
            synchronized (VirtualCallClock.this) {
                running--;
                VirtualCallClock.this.notifyAll();
                advanceIfIdle();
            }
        };
    }

    /**
     * Counts the new thread as running from this call on (on the caller's thread), then marks it a
     * member once it starts; it leaves the clock when {@code body} returns or throws.
     */
    @Override
    public Thread startParticipant(Runnable body) {
        synchronized (this) {
            running++;
        }
        return Thread.ofVirtual().start(() -> {
            member.set(true);
            try {
                body.run();
            } finally {
                member.set(false);
                synchronized (VirtualCallClock.this) {
                    running--;
                    notifyAll();
                    advanceIfIdle();
                }
            }
        });
    }

    @Override
    public <T> Optional<T> poll(Inbox<T> inbox, Duration timeout) {
        Optional<T> ready = inbox.take();
        if (ready.isPresent() || timeout.isZero() || timeout.isNegative()) return ready;
        Waiter w;
        synchronized (this) {
            w = new Waiter(now.plus(timeout), seq++);
            w.member = member.get();
            inbox.onOffer(() -> {
                synchronized (VirtualCallClock.this) {
                    if (!w.fired && waiters.remove(w)) fire(w, false);
                }
            });
            if (!inbox.isEmpty()) {
                inbox.onOffer(() -> {});
                return inbox.take();
            }
            waiters.add(w);
            if (w.member) running--;
            if (holds > 0) notifyAll(); // a driver may be waiting in advance() for quiet
            advanceIfIdle();
        }
        // each waiter sleeps on its own monitor, so waking one call never wakes thousands
        try {
            synchronized (w) {
                while (!w.fired) w.wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            synchronized (this) {
                if (waiters.remove(w) && w.member) running++;
            }
            inbox.onOffer(() -> {});
            return Optional.empty();
        }
        inbox.onOffer(() -> {});
        return inbox.take();
    }

    /**
     * A timer kept in the same queue as the waiters, with no thread: when time reaches it, it runs
     * on the thread that moves time (under the clock's lock), before later deadlines fire.
     */
    @Override
    public synchronized Timer schedule(Duration delay, Runnable action) {
        Waiter w = new Waiter(now.plus(delay), seq++);
        w.action = action;
        waiters.add(w); // a timer is not a reason to move time: that happens when the participants wait
        return () -> {
            synchronized (VirtualCallClock.this) {
                waiters.remove(w);
            }
        };
    }

    /** Marks a waiter runnable (or runs a timer); the caller holds the lock. */
    private void fire(Waiter w, boolean timedOut) {
        if (timedOut && w.deadline.isAfter(now)) now = w.deadline;
        w.fired = true;
        if (w.action != null) {
            w.action.run();
            return;
        }
        if (w.member) running++;
        synchronized (w) {
            w.notifyAll();
        }
    }

    /** While no joined thread runs, wake the earliest waiter (non-members do not stop the cascade). */
    private void advanceIfIdle() {
        while (running == 0 && !waiters.isEmpty()) fire(waiters.poll(), true);
    }
}
