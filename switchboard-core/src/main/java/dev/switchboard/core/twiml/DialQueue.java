package dev.switchboard.core.twiml;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code <Queue>}: bridge to the caller at the front of a named queue.
 * See https://www.twilio.com/docs/voice/twiml/queue.
 *
 * @param name                the queue name, trimmed; 1–64 characters
 * @param url                 {@code url}: TwiML played to the dequeued caller before bridging
 * @param method              {@code method}, default POST
 * @param reservationSid      {@code reservationSid} (TaskRouter)
 * @param postWorkActivitySid {@code postWorkActivitySid} (TaskRouter)
 */
public record DialQueue(
        String name,
        Optional<String> url,
        HttpMethod method,
        Optional<String> reservationSid,
        Optional<String> postWorkActivitySid) implements DialNoun {

    public DialQueue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reservationSid, "reservationSid");
        Objects.requireNonNull(postWorkActivitySid, "postWorkActivitySid");
    }
}
