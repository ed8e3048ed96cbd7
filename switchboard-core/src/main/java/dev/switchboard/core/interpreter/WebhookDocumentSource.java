package dev.switchboard.core.interpreter;

import dev.switchboard.core.geo.GeoLookup;
import dev.switchboard.core.twiml.HttpMethod;
import dev.switchboard.core.twiml.TwimlParseException;
import dev.switchboard.core.twiml.TwimlParser;
import dev.switchboard.core.webhook.CallContext;
import dev.switchboard.core.webhook.ConnectionOverrides;
import dev.switchboard.core.webhook.FormParam;
import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.core.webhook.VoiceRequestParams;
import dev.switchboard.core.webhook.WebhookClient;
import dev.switchboard.core.webhook.WebhookFailure;
import dev.switchboard.core.webhook.WebhookMethod;
import dev.switchboard.core.webhook.WebhookRequest;
import dev.switchboard.core.webhook.WebhookResponse;
import dev.switchboard.core.webhook.WebhookResult;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The production {@link DocumentSource}: requests TwiML through the {@link WebhookClient} with
 * Twilio's standard parameters for the call as it is now (plus the verb's results, which win over
 * a standard parameter of the same name), signed with the owning account's token, and parses the
 * answer. When a request fails or its document does not parse, the fallback URL (if any) is
 * requested with {@code ErrorCode} and {@code ErrorUrl} added (spec §0.2); if that fails too the
 * first failure is answered. Blocks for as long as the requests take.
 */
public final class WebhookDocumentSource implements DocumentSource {
    /** The call's fallback URL and method (the number's or application's {@code VoiceFallbackUrl}). */
    public record Fallback(String url, HttpMethod method) {}

    private final WebhookClient client;
    private final Supplier<CallContext> call;
    private final GeoLookup geo;
    private final String authToken;
    private final Optional<Fallback> fallback;

    public WebhookDocumentSource(WebhookClient client, Supplier<CallContext> call, GeoLookup geo, String authToken,
            Optional<Fallback> fallback) {
        this.client = client;
        this.call = call;
        this.geo = geo;
        this.authToken = authToken;
        this.fallback = fallback;
    }

    @Override
    public Fetched fetch(String url, HttpMethod method, FormParams extraParams) {
        FormParams params = merge(VoiceRequestParams.standard(call.get(), geo), extraParams);
        Fetched first = request(url, method, params);
        if (!(first instanceof Fetched.Failed failed) || fallback.isEmpty() || fallback.get().url().equals(url)) {
            return first;
        }
        FormParams withError = params.toBuilder()
                .add("ErrorCode", Integer.toString(failed.twilioCode()))
                .add("ErrorUrl", ConnectionOverrides.stripFragment(url))
                .build();
        Fetched second = request(fallback.get().url(), fallback.get().method(), withError);
        return second instanceof Fetched.Document ? second : first;
    }

    private Fetched request(String url, HttpMethod method, FormParams params) {
        WebhookResult result = client.fetch(WebhookRequest.twiml(url, WebhookMethod.valueOf(method.name()), params, authToken));
        return switch (result) {
            case WebhookFailure f -> new Fetched.Failed(f.twilioCode(), f.reason());
            case WebhookResponse r -> parse(r.body(), url);
        };
    }

    private static Fetched parse(String body, String url) {
        try {
            return new Fetched.Document(TwimlParser.parse(body), url);
        } catch (TwimlParseException e) {
            return new Fetched.Failed(e.code(), e.getMessage());
        }
    }

    /** Standard parameters, then the extras; an extra replaces every standard value of its name. */
    static FormParams merge(FormParams standard, FormParams extras) {
        FormParams.Builder b = FormParams.builder();
        for (FormParam p : standard.entries()) {
            if (!extras.contains(p.name())) b.add(p.name(), p.value());
        }
        return b.addAll(extras).build();
    }
}
