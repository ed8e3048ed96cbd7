package dev.switchboard.core.webhook;

import java.util.Objects;

/**
 * One logical webhook: what to request, how, and what the answer must look like. Retries and
 * redirects of it are the client's business and share its idempotency token.
 *
 * @param url the URL as configured, possibly relative-resolved already; may carry its own query
 *     (kept byte for byte) and a {@code #ct=…&rt=…} connection-override fragment (never sent)
 * @param method GET puts {@code params} in the query string, POST in a form body
 * @param params the webhook parameters ({@code CallSid}, {@code From}, …), in order
 * @param authToken the Auth Token of the account that owns the webhook; signs the request (§7)
 * @param purpose whether a TwiML document or just a 2xx is expected
 */
public record WebhookRequest(
        String url, WebhookMethod method, FormParams params, String authToken, WebhookPurpose purpose) {

    public WebhookRequest {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(authToken, "authToken");
        Objects.requireNonNull(purpose, "purpose");
    }

    /** A request whose answer is TwiML to execute. */
    public static WebhookRequest twiml(String url, WebhookMethod method, FormParams params, String authToken) {
        return new WebhookRequest(url, method, params, authToken, WebhookPurpose.TWIML);
    }

    /** A notification that only needs a 2xx. */
    public static WebhookRequest statusCallback(String url, WebhookMethod method, FormParams params, String authToken) {
        return new WebhookRequest(url, method, params, authToken, WebhookPurpose.STATUS_CALLBACK);
    }

    /** The timeouts and retry policy in the URL's fragment, or Twilio's defaults. */
    public ConnectionOverrides overrides() {
        return ConnectionOverrides.parse(url);
    }

    /** Omits the Auth Token, so a request can be logged. */
    @Override
    public String toString() {
        return "WebhookRequest[" + method + " " + url + ", " + purpose + ", " + params.size() + " params]";
    }
}
