/**
 * Webhook wire formats as pure codecs on in-memory values: form encoding
 * ({@link dev.switchboard.core.webhook.FormEncoding}, {@link dev.switchboard.core.webhook.FormParams}),
 * the {@code X-Twilio-Signature} ({@link dev.switchboard.core.webhook.WebhookSignature}), connection
 * overrides in URL fragments ({@link dev.switchboard.core.webhook.ConnectionOverrides}), relative URL
 * resolution ({@link dev.switchboard.core.webhook.UrlResolver}) and the geo/legacy request parameters
 * ({@link dev.switchboard.core.webhook.GeoParameters}). Nothing here does I/O or reads a clock; the
 * HTTP client that sends webhooks is an adapter in the server.
 *
 * <p>JDK only: may not import anything outside {@code java.*}, {@code javax.crypto} and
 * {@code dev.switchboard.core}; in particular no HTTP client or server ({@code java.net.http},
 * Javalin, Jetty), no JSON library, no libphonenumber.
 */
package dev.switchboard.core.webhook;
