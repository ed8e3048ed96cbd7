package dev.switchboard.core.call;

import dev.switchboard.core.webhook.WebhookMethod;
import java.util.Objects;
import java.util.Set;

/**
 * Where a call's status callbacks go and which events it asked for ({@code initiated},
 * {@code ringing}, {@code answered}, {@code completed}). Kept with the call record so that a call
 * cut off by a crash can still be given its last callback when the platform starts again.
 */
public record StatusCallbackTarget(String url, WebhookMethod method, Set<String> events) {
    public StatusCallbackTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(method, "method");
        events = Set.copyOf(events);
    }

    public boolean wants(String event) { return events.contains(event); }

    /** The events as stored: space-separated, in Twilio's order. */
    public String eventsText() {
        StringBuilder b = new StringBuilder();
        for (String e : new String[] {"initiated", "ringing", "answered", "completed"}) {
            if (events.contains(e)) b.append(b.isEmpty() ? "" : " ").append(e);
        }
        return b.toString();
    }

    public static Set<String> parseEvents(String text) {
        return text == null || text.isBlank() ? Set.of() : Set.of(text.trim().split("\\s+"));
    }
}
