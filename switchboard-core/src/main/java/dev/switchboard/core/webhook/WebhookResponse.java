package dev.switchboard.core.webhook;

import java.time.Duration;
import java.util.Objects;

/**
 * A webhook answered as its {@link WebhookPurpose} requires: a 2xx status, and for TwiML an XML
 * content type and a body within the size limit.
 *
 * @param status the final HTTP status (after redirects)
 * @param contentType the {@code Content-Type} header as sent, parameters included; empty if absent
 * @param body the body decoded with the header's charset (UTF-8 when it names none). For a status
 *     callback only the first {@link WebhookLimits#MAX_TWIML_BYTES} bytes are kept.
 * @param elapsed see {@link WebhookResult#elapsed()}
 */
public record WebhookResponse(int status, String contentType, String body, Duration elapsed) implements WebhookResult {
    public WebhookResponse {
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** A 200 {@code text/xml} answer, for fakes and tests. */
    public static WebhookResponse twiml(String body) {
        return new WebhookResponse(200, "text/xml", body, Duration.ZERO);
    }
}
