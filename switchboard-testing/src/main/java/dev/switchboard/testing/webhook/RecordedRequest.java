package dev.switchboard.testing.webhook;

import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.core.webhook.WebhookSignature;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One request as {@link ScriptedWebhookServer} received it: what the customer's app would see.
 *
 * @param method {@code GET}, {@code POST}, …
 * @param path the raw (still percent-encoded) path, without query
 * @param url the full URL as requested: {@code http://} + the Host header + the raw request target
 * @param query the decoded query parameters, in order
 * @param form the decoded form parameters of an {@code application/x-www-form-urlencoded} body, in order
 * @param headers every request header; keys compare case-insensitively
 * @param body the raw body as UTF-8
 */
public record RecordedRequest(
        String method, String path, String url, FormParams query, FormParams form,
        Map<String, List<String>> headers, String body) {

    public RecordedRequest {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** The {@code X-Twilio-Signature} header, if sent. */
    public Optional<String> signature() {
        return header(WebhookSignature.HEADER);
    }

    /** Whether the form body was form-encoded (and so is part of the signature). */
    public boolean isForm() {
        return header("Content-Type").map(t -> t.toLowerCase(Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded")).orElse(false);
    }

    /** {@link #hasValidSignature(String, String)} against the URL as requested. */
    public boolean hasValidSignature(String authToken) {
        return hasValidSignature(authToken, url);
    }

    /**
     * Validates {@code X-Twilio-Signature} the way a customer's app does: over {@code publicUrl} (the
     * full URL the app believes it was called at, query included) plus, for a form POST, the form
     * parameters. Uses {@link WebhookSignature#validate}, which accepts the URL with or without the
     * default port like Twilio's helper libraries.
     */
    public boolean hasValidSignature(String authToken, String publicUrl) {
        String signature = signature().orElse(null);
        return isForm()
                ? WebhookSignature.validate(authToken, publicUrl, form, signature)
                : WebhookSignature.validate(authToken, publicUrl, signature);
    }
}
