package dev.switchboard.core.time;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * A call's mailbox of inputs (digits, hang-ups, redirects…). Producers {@link #offer}; the call's
 * thread takes them through {@link CallClock#poll}. Thread-safe. Waiting ({@link #await}) uses a
 * {@link ReentrantLock} condition, not a monitor, so a waiting virtual thread never pins its
 * carrier, on any JDK from 21 on.
 */
public final class Inbox<T> {
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition offered = lock.newCondition();
    private Runnable onOffer = () -> {};

    public void offer(T item) {
        Runnable hook;
        lock.lock();
        try {
            items.addLast(item);
            hook = onOffer;
            offered.signalAll();
        } finally {
            lock.unlock();
        }
        hook.run();
    }

    public Optional<T> take() {
        lock.lock();
        try {
            return Optional.ofNullable(items.pollFirst());
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the first item, waiting up to {@code timeoutNanos} of wall time for one; empty on
     * timeout or interruption (the interrupt flag is kept). For wall-clock {@link CallClock}s.
     */
    public Optional<T> await(long timeoutNanos) {
        long left = timeoutNanos;
        lock.lock();
        try {
            while (true) {
                T item = items.pollFirst();
                if (item != null) return Optional.of(item);
                if (left <= 0) return Optional.empty();
                left = offered.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    /** Removes and answers the first item matching, leaving the others in order. */
    public Optional<T> takeFirst(Predicate<? super T> match) {
        lock.lock();
        try {
            var it = items.iterator();
            while (it.hasNext()) {
                T t = it.next();
                if (match.test(t)) {
                    it.remove();
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    public boolean isEmpty() {
        lock.lock();
        try {
            return items.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    void onOffer(Runnable hook) {
        lock.lock();
        try {
            this.onOffer = hook;
        } finally {
            lock.unlock();
        }
    }
}
