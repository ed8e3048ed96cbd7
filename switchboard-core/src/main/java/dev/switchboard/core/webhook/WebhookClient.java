package dev.switchboard.core.webhook;

/**
 * The port through which a call reaches the customer's web application: one logical webhook in,
 * one result out.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li><b>Blocks</b> the calling thread (a call's virtual thread) until the webhook succeeds or
 *       fails, never longer than the URL's total-time override ({@code tt}, default 15 s) plus
 *       scheduling slack.
 *   <li><b>Never throws</b> for anything the network or the customer's server does: refused
 *       connections, timeouts, resets, bad statuses, bad content types and oversized bodies all
 *       come back as a {@link WebhookFailure} with Twilio's error code. Only programming errors
 *       (a null argument) throw.
 *   <li>Honours the {@link ConnectionOverrides} in the URL's fragment, retrying per its policy
 *       within the total budget; the fragment itself is never sent nor signed.
 *   <li>Sends what Twilio sends: the parameters in the query (GET, appended to the URL's own
 *       query) or a form body (POST), {@code X-Twilio-Signature} over the URL actually requested
 *       (plus the sorted form parameters for POST), an {@code I-Twilio-Idempotency-Token} that is
 *       the same on every retry of one request, {@code User-Agent: TwilioProxy/1.1} and
 *       {@code Accept: *}{@code /*}.
 *   <li>Is safe to call from many threads at once.
 * </ul>
 * Implementations: {@code HttpWebhookClient} (server, real HTTP), {@code ScriptedWebhooks}
 * (testing, in memory).
 */
public interface WebhookClient {
    /** Makes the request, with retries and redirects; see the class contract. */
    WebhookResult fetch(WebhookRequest request);
}
