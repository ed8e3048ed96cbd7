package dev.switchboard.core.twiml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code <Start>}: begin asynchronous forks (Media Streams) and continue immediately with the
 * next verb. See https://www.twilio.com/docs/voice/twiml/stream. Never has an empty noun list.
 *
 * @param action {@code action}
 * @param method {@code method}, default POST
 * @param nouns  the forks to start, in document order
 */
public record Start(Optional<String> action, HttpMethod method, List<StartNoun> nouns) implements Verb {
    public Start {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(method, "method");
        nouns = List.copyOf(nouns);
    }
}
