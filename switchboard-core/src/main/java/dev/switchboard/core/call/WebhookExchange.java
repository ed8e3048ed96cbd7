package dev.switchboard.core.call;

import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.core.webhook.WebhookMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A webhook was requested and answered (or failed): one entry for the pair, as Twilio's Call
 * Events resource shows a request with its response.
 *
 * @param at     when the request was sent
 * @param url    the URL requested (for GET without the parameters, which are in {@code params})
 * @param params the form parameters sent, in order
 * @param took   from sending to the answer or the failure
 */
public record WebhookExchange(
        String accountSid, String callSid, long sequence, Instant at,
        String url, WebhookMethod method, FormParams params, WebhookOutcome outcome, Duration took)
        implements TimelineEntry {

    public WebhookExchange {
        TimelineChecks.header(accountSid, callSid, sequence, at);
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(took, "took");
    }

    /** When the answer or failure came. */
    public Instant answeredAt() { return at.plus(took); }

    @Override
    public WebhookExchange withSequence(long n) {
        return new WebhookExchange(accountSid, callSid, n, at, url, method, params, outcome, took);
    }
}
