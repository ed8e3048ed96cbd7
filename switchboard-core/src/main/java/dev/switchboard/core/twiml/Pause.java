package dev.switchboard.core.twiml;

import java.time.Duration;
import java.util.Objects;

/**
 * {@code <Pause>}: wait silently. As the first verb of an inbound call it delays answering.
 * See https://www.twilio.com/docs/voice/twiml/pause.
 *
 * @param length {@code length} in seconds, default 1
 */
public record Pause(Duration length) implements Verb, GatherPrompt {
    public static final Duration DEFAULT_LENGTH = Duration.ofSeconds(1);

    public Pause {
        Objects.requireNonNull(length, "length");
    }
}
