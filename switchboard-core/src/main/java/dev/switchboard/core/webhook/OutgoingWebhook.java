package dev.switchboard.core.webhook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * One webhook attempt as it goes on the wire: method, URL requested, form body and headers. Built
 * from a {@link WebhookRequest} and an idempotency token; pure, so what Twilio would send is
 * tested without sockets and every HTTP adapter sends the same bytes.
 *
 * <ul>
 *   <li>The URL loses its {@code #…} fragment and gets the few characters a URI may not hold
 *       percent-encoded ({@link WireUrl}); its own query is otherwise kept byte for byte.
 *   <li>GET appends the form-encoded parameters to that query ({@code ?a=1} + {@code &From=…}); POST
 *       sends them as {@code application/x-www-form-urlencoded; charset=UTF-8}. Twilio's exact
 *       header value is not documented; the charset keeps servlet-style parsers off ISO-8859-1.
 *   <li>{@code X-Twilio-Signature} is computed over {@link #requestUrl()} — for GET the full URL with
 *       parameters, for POST the URL plus the sorted form parameters (spec §7.1).
 * </ul>
 *
 * @param method the method of this attempt (a 303 redirect turns POST into GET)
 * @param url the URL to request before GET parameters are appended: no fragment, wire-escaped
 * @param params the webhook parameters
 * @param authToken signs the request
 * @param idempotencyToken the same on every attempt of one logical request
 */
public record OutgoingWebhook(
        WebhookMethod method, String url, FormParams params, String authToken, String idempotencyToken) {

    /** Twilio's User-Agent on webhooks. */
    public static final String USER_AGENT = "TwilioProxy/1.1";
    public static final String IDEMPOTENCY_HEADER = "I-Twilio-Idempotency-Token";
    public static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=UTF-8";

    public OutgoingWebhook {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(authToken, "authToken");
        Objects.requireNonNull(idempotencyToken, "idempotencyToken");
    }

    /** The first attempt of {@code request}. */
    public static OutgoingWebhook of(WebhookRequest request, String idempotencyToken) {
        return new OutgoingWebhook(request.method(), WireUrl.of(request.url()), request.params(),
                request.authToken(), idempotencyToken);
    }

    /** The URL actually requested: with the parameters appended for GET. */
    public String requestUrl() {
        if (method == WebhookMethod.POST || params.isEmpty()) {
            return url;
        }
        String separator = !url.contains("?") ? "?" : url.endsWith("?") || url.endsWith("&") ? "" : "&";
        return url + separator + FormEncoding.encode(params);
    }

    /** The form body of a POST; empty for GET. */
    public Optional<String> formBody() {
        return method == WebhookMethod.POST ? Optional.of(FormEncoding.encode(params)) : Optional.empty();
    }

    /** The {@code X-Twilio-Signature} value. */
    public String signature() {
        return method == WebhookMethod.POST
                ? WebhookSignature.sign(authToken, url, params)
                : WebhookSignature.sign(authToken, requestUrl());
    }

    /** Every header Switchboard sets, in a stable order; the HTTP client adds Host and Content-Length. */
    public SequencedMap<String, String> headers() {
        SequencedMap<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", USER_AGENT);
        headers.put("Accept", "*/*");
        headers.put(WebhookSignature.HEADER, signature());
        headers.put(IDEMPOTENCY_HEADER, idempotencyToken);
        if (method == WebhookMethod.POST) {
            headers.put("Content-Type", FORM_CONTENT_TYPE);
        }
        return Collections.unmodifiableSequencedMap(headers);
    }

    /**
     * The attempt that follows a redirect answered to this one, or empty when {@code status} is not a
     * redirect Twilio follows (301, 302, 303, 307 per error 11216's page). {@code location} may be
     * relative; it is resolved against {@link #requestUrl()} (RFC 9110 §10.2.2). A 303 turns the
     * request into a GET (RFC 9110 §15.4.4), which then carries the parameters in its query like
     * every Twilio GET; 301, 302 and 307 keep the method and parameters, because a webhook without
     * its parameters is useless to the app (browsers downgrade POST on 301/302; Twilio does not
     * document what it does). The new URL is signed afresh: the app validates the URL it received.
     */
    public Optional<OutgoingWebhook> redirectedTo(int status, String location) {
        if (!followsRedirect(status)) {
            return Optional.empty();
        }
        WebhookMethod next = status == 303 ? WebhookMethod.GET : method;
        String target = WireUrl.of(UrlResolver.resolve(requestUrl(), location));
        return Optional.of(new OutgoingWebhook(next, target, params, authToken, idempotencyToken));
    }

    /** Whether Twilio follows a redirect with this status. */
    public static boolean followsRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307;
    }

    /** Omits the Auth Token. */
    @Override
    public String toString() {
        return "OutgoingWebhook[" + method + " " + url + "]";
    }
}
