package dev.switchboard.core.twiml;

import dev.switchboard.core.error.TwilioError;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads {@code <Enqueue>} and its optional TaskRouter {@code <Task>}. */
final class EnqueueParser {
    private static final TwilioError SCHEMA = TwilioError.SCHEMA_VALIDATION_WARNING;

    private final Diagnostics diagnostics;

    EnqueueParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<Enqueue> enqueue(XmlNode.Element element) {
        AttributeReader a = new AttributeReader(element, diagnostics);
        var action = a.text("action");
        var method = a.method("method", TwilioError.ENQUEUE_INVALID_METHOD);
        var waitUrl = a.raw("waitUrl").map(String::trim); // "" is kept: the author asked for no wait music
        var waitUrlMethod = a.method("waitUrlMethod", TwilioError.ENQUEUE_INVALID_WAIT_URL_METHOD);
        var maxQueueSize = a.optionalInteger("maxQueueSize", 1, 5000, SCHEMA);
        var workflowSid = a.text("workflowSid").map(String::trim);
        a.finish();
        Optional<Task> task = Optional.empty();
        for (XmlNode.Element child : element.elements()) {
            if (!child.name().equals("Task")) {
                diagnostics.warn(SCHEMA, child, child.tag() + " is not allowed inside <Enqueue> (only <Task>); skipped");
            } else if (task.isPresent()) {
                diagnostics.warn(SCHEMA, child, "<Enqueue> has more than one <Task>; skipped");
            } else {
                task = Optional.of(task(child));
            }
        }
        String name = element.directText().trim();
        if (name.isEmpty() && workflowSid.isEmpty()) {
            diagnostics.warn(TwilioError.ENQUEUE_QUEUE_NAME_TOO_SHORT, element, "<Enqueue> has no queue name; skipped");
            return Optional.empty();
        }
        if (name.length() > Enqueue.MAX_NAME_LENGTH) {
            diagnostics.warn(TwilioError.ENQUEUE_QUEUE_NAME_TOO_LONG, element,
                    "queue name is longer than " + Enqueue.MAX_NAME_LENGTH + " characters; skipped");
            return Optional.empty();
        }
        return Optional.of(new Enqueue(name, action, method, waitUrl, waitUrlMethod, maxQueueSize, workflowSid, task));
    }

    private Task task(XmlNode.Element element) {
        AttributeReader a = new AttributeReader(element, diagnostics);
        OptionalInt priority = a.optionalInteger("priority", 0, Integer.MAX_VALUE, SCHEMA);
        OptionalInt timeout = a.optionalInteger("timeout", 1, Integer.MAX_VALUE, SCHEMA);
        a.finish();
        String attributes = diagnostics.textOnly(element, SCHEMA);
        Optional<Duration> timeoutDuration = timeout.isPresent()
                ? Optional.of(Duration.ofSeconds(timeout.getAsInt())) : Optional.empty();
        return new Task(attributes, priority, timeoutDuration);
    }
}
