package dev.switchboard.testing.webhook;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Requests recorded by a scripted webhook fake, taken in arrival order (MockWebServer's
 * {@code takeRequest}). Thread-safe. {@code describe} names a request in failure messages.
 */
final class RequestQueue<T> {
    private final BlockingQueue<T> requests = new LinkedBlockingQueue<>();
    private final String noun;
    private final Function<T, String> describe;

    RequestQueue(String noun, Function<T, String> describe) {
        this.noun = noun;
        this.describe = describe;
    }

    void add(T request) { requests.add(request); }

    Optional<T> poll() { return Optional.ofNullable(requests.poll()); }

    int size() { return requests.size(); }

    /** The oldest request not yet taken, waiting up to {@code timeout}; fails the test if none arrives. */
    T take(Duration timeout) {
        return poll(timeout).orElseThrow(() -> new AssertionError("no " + noun + " arrived within " + timeout));
    }

    /** The oldest request not yet taken, if one arrives within {@code timeout}. */
    Optional<T> poll(Duration timeout) {
        try {
            return Optional.ofNullable(requests.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Fails the test if a request arrived and was not taken. */
    void assertEmpty() {
        T extra = requests.peek();
        if (extra != null) throw new AssertionError("unexpected " + noun + ": " + describe.apply(extra));
    }
}
