package dev.switchboard.server.calls;

import dev.switchboard.core.twiml.HttpMethod;
import java.util.Optional;

/**
 * Where a call's TwiML comes from and where its progress is reported: a voice URL (or inline
 * TwiML), the fallback URL, the status callback with the events it wants, the API version of the
 * number or application (2008-08-01 selects the legacy webhook contract), and the application, if any.
 */
public record VoiceTarget(
        Optional<String> url,
        HttpMethod method,
        Optional<String> twiml,
        Optional<String> fallbackUrl,
        HttpMethod fallbackMethod,
        Optional<String> statusCallback,
        HttpMethod statusCallbackMethod,
        java.util.Set<String> statusCallbackEvents,
        String apiVersion,
        Optional<String> applicationSid) {

    public boolean wants(String event) {
        return statusCallback.isPresent() && statusCallbackEvents.contains(event);
    }

    /** The status callback as the call record keeps it, for the close-out after a crash. */
    public Optional<dev.switchboard.core.call.StatusCallbackTarget> statusCallbackTarget() {
        return statusCallback.map(u -> new dev.switchboard.core.call.StatusCallbackTarget(u,
                dev.switchboard.core.webhook.WebhookMethod.valueOf(statusCallbackMethod.name()), statusCallbackEvents));
    }
}
