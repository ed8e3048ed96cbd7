package dev.switchboard.core.twiml;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code <Connect>}: hand the call to one noun (a bidirectional Media Stream) and block until it
 * ends, then request {@code action} if set. See https://www.twilio.com/docs/voice/twiml/connect.
 *
 * @param action {@code action}
 * @param method {@code method}, default POST
 * @param noun   the single noun
 */
public record Connect(Optional<String> action, HttpMethod method, ConnectNoun noun) implements Verb {
    public Connect {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(noun, "noun");
    }
}
