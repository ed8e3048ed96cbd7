package dev.switchboard.core.twiml;

import java.util.Objects;

/**
 * {@code <Redirect>}: fetch TwiML from another URL and run it instead of the rest of this
 * document. See https://www.twilio.com/docs/voice/twiml/redirect.
 *
 * @param url    the body, as written (relative URLs are resolved by the interpreter); never blank
 * @param method {@code method}, default POST
 */
public record Redirect(String url, HttpMethod method) implements Verb {
    public Redirect {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(method, "method");
    }
}
