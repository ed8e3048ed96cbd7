/**
 * Webhooks: the port through which a call reaches the customer's application, and the wire formats
 * as pure codecs on in-memory values.
 *
 * <ul>
 *   <li>The port: {@link dev.switchboard.core.webhook.WebhookClient} takes a
 *       {@link dev.switchboard.core.webhook.WebhookRequest} and blocks until a
 *       {@link dev.switchboard.core.webhook.WebhookResult} — a
 *       {@link dev.switchboard.core.webhook.WebhookResponse} or a
 *       {@link dev.switchboard.core.webhook.WebhookFailure} with Twilio's error code. The HTTP
 *       implementation is an adapter in the server; an in-memory one is in switchboard-testing.
 *   <li>What goes on the wire: {@link dev.switchboard.core.webhook.OutgoingWebhook} (URL, body,
 *       headers, redirects), {@link dev.switchboard.core.webhook.WireUrl}, form encoding
 *       ({@link dev.switchboard.core.webhook.FormEncoding},
 *       {@link dev.switchboard.core.webhook.FormParams}), the {@code X-Twilio-Signature}
 *       ({@link dev.switchboard.core.webhook.WebhookSignature}).
 *   <li>How it is made and judged: connection overrides in URL fragments
 *       ({@link dev.switchboard.core.webhook.ConnectionOverrides}), what a valid answer is
 *       ({@link dev.switchboard.core.webhook.WebhookLimits}).
 *   <li>Relative URL resolution ({@link dev.switchboard.core.webhook.UrlResolver}) and the
 *       geo/legacy request parameters ({@link dev.switchboard.core.webhook.GeoParameters}).
 * </ul>
 * Nothing here does I/O or reads a clock.
 *
 * <p>JDK only: may not import anything outside {@code java.*}, {@code javax.crypto} and
 * {@code dev.switchboard.core}; in particular no HTTP client or server ({@code java.net.http},
 * Javalin, Jetty), no JSON library, no libphonenumber.
 */
package dev.switchboard.core.webhook;
