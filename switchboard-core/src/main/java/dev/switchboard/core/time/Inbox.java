package dev.switchboard.core.time;

import java.util.ArrayDeque;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A call's mailbox of inputs (digits, hang-ups, redirects…). Producers {@link #offer}; the call's
 * thread takes them through {@link CallClock#poll}. Thread-safe; wakes waiters via the monitor.
 */
public final class Inbox<T> {
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private Runnable onOffer = () -> {};

    public void offer(T item) {
        Runnable hook;
        synchronized (this) {
            items.addLast(item);
            hook = onOffer;
            notifyAll();
        }
        hook.run();
    }

    public synchronized Optional<T> take() {
        return Optional.ofNullable(items.pollFirst());
    }

    /** Removes and answers the first item matching, leaving the others in order. */
    public synchronized Optional<T> takeFirst(Predicate<? super T> match) {
        var it = items.iterator();
        while (it.hasNext()) {
            T t = it.next();
            if (match.test(t)) {
                it.remove();
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public synchronized boolean isEmpty() { return items.isEmpty(); }

    synchronized void onOffer(Runnable hook) { this.onOffer = hook; }
}
