package dev.switchboard.core.webhook;

import java.util.Locale;
import java.util.Optional;

/**
 * The two HTTP methods Twilio uses for webhooks (spec §0.2): {@code GET} carries the parameters in
 * the query string, {@code POST} (the default everywhere) in an
 * {@code application/x-www-form-urlencoded} body.
 */
public enum WebhookMethod {
    GET,
    POST;

    /** The method named by a TwiML attribute or REST parameter, ignoring case and surrounding space. */
    public static Optional<WebhookMethod> parse(String name) {
        return switch (name.strip().toUpperCase(Locale.ROOT)) {
            case "GET" -> Optional.of(GET);
            case "POST" -> Optional.of(POST);
            default -> Optional.empty();
        };
    }
}
