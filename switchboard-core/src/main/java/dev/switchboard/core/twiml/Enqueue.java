package dev.switchboard.core.twiml;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code <Enqueue>}: put the caller in a named queue (created on first use) and play
 * {@code waitUrl} while they wait. See https://www.twilio.com/docs/voice/twiml/enqueue.
 *
 * @param name          the body: queue name, trimmed, 1–64 characters (with a {@code <Task>}
 *                      and {@code workflowSid} the name may be empty)
 * @param action        {@code action}; requested when the caller leaves the queue
 * @param method        {@code method}, default POST
 * @param waitUrl       {@code waitUrl}: empty = Twilio's default hold playlist; kept even when
 *                      {@code ""}
 * @param waitUrlMethod {@code waitUrlMethod}, default POST
 * @param maxQueueSize  {@code maxQueueSize}; empty = the queue's own limit
 * @param workflowSid   {@code workflowSid} (TaskRouter)
 * @param task          the nested {@code <Task>}
 */
public record Enqueue(
        String name,
        Optional<String> action,
        HttpMethod method,
        Optional<String> waitUrl,
        HttpMethod waitUrlMethod,
        OptionalInt maxQueueSize,
        Optional<String> workflowSid,
        Optional<Task> task) implements Verb {

    public static final int MAX_NAME_LENGTH = 64;

    public Enqueue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(waitUrl, "waitUrl");
        Objects.requireNonNull(waitUrlMethod, "waitUrlMethod");
        Objects.requireNonNull(maxQueueSize, "maxQueueSize");
        Objects.requireNonNull(workflowSid, "workflowSid");
        Objects.requireNonNull(task, "task");
    }
}
