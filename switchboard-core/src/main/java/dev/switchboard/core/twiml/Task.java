package dev.switchboard.core.twiml;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code <Enqueue><Task>}: the TaskRouter task created for an enqueued call.
 *
 * @param attributes the body: the task's attributes as JSON text, trimmed, not validated
 * @param priority   {@code priority}
 * @param timeout    {@code timeout} in seconds
 */
public record Task(String attributes, OptionalInt priority, Optional<Duration> timeout) {
    public Task {
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(timeout, "timeout");
    }
}
