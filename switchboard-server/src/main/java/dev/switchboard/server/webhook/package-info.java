/**
 * The HTTP webhook client: {@link dev.switchboard.server.webhook.HttpWebhookClient} implements the
 * core's {@link dev.switchboard.core.webhook.WebhookClient} port with Jetty's HTTP client
 * (HTTP/1.1), applying Twilio's timeouts, retries, redirects and answer rules.
 * What goes on the wire is decided by the core ({@link dev.switchboard.core.webhook.OutgoingWebhook});
 * this package only moves bytes and measures time.
 *
 * <p>May import the JDK, Jetty's client ({@code org.eclipse.jetty.client}, {@code .http}, {@code .io},
 * {@code .util}), switchboard-core and SLF4J; nothing from
 * the REST API, stores or Javalin, so it can move to its own module unchanged.
 */
package dev.switchboard.server.webhook;
