/**
 * The HTTP webhook client: {@link dev.switchboard.server.webhook.HttpWebhookClient} implements the
 * core's {@link dev.switchboard.core.webhook.WebhookClient} port with the JDK's
 * {@code java.net.http} (HTTP/1.1), applying Twilio's timeouts, retries, redirects and answer rules.
 * What goes on the wire is decided by the core ({@link dev.switchboard.core.webhook.OutgoingWebhook});
 * this package only moves bytes and measures time.
 *
 * <p>May import the JDK (including {@code java.net.http}), switchboard-core and SLF4J; nothing from
 * the REST API, stores or Javalin, so it can move to its own module unchanged.
 */
package dev.switchboard.server.webhook;
