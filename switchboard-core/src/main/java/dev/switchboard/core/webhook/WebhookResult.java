package dev.switchboard.core.webhook;

import java.time.Duration;

/**
 * How a webhook ended: a {@link WebhookResponse} the caller may use, or a {@link WebhookFailure}
 * carrying the Twilio error code to log and to send as {@code ErrorCode} to a fallback URL.
 */
public sealed interface WebhookResult permits WebhookResponse, WebhookFailure {
    /** Wall time from the first attempt's start to the end, retries and redirects included. */
    Duration elapsed();
}
