/**
 * Test doubles for the customer's web application, for Switchboard's own tests and for users.
 *
 * <ul>
 *   <li>{@link dev.switchboard.testing.webhook.ScriptedWebhooks}: an in-memory
 *       {@link dev.switchboard.core.webhook.WebhookClient} that replays scripted results and records
 *       requests — for core tests that must not open sockets.
 *   <li>{@link dev.switchboard.testing.webhook.ScriptedWebhookServer}: a real HTTP server (JDK
 *       {@code com.sun.net.httpserver}) that replays {@link dev.switchboard.testing.webhook.ScriptedResponse}s
 *       and records {@link dev.switchboard.testing.webhook.RecordedRequest}s, MockWebServer style —
 *       for tests of the HTTP webhook client and end-to-end call tests.
 *   <li>{@link dev.switchboard.testing.webhook.BlackholePort}: a port whose connections hang, for
 *       connect timeouts.
 * </ul>
 *
 * <p>Depends only on the JDK, switchboard-core and JUnit's API; never on the server module, Javalin
 * or Jetty, so the doubles can be used against any implementation.
 */
package dev.switchboard.testing.webhook;
