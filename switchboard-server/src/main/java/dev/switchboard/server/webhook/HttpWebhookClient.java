package dev.switchboard.server.webhook;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.webhook.OutgoingWebhook;
import dev.switchboard.core.webhook.WebhookClient;
import dev.switchboard.core.webhook.WebhookFailure;
import dev.switchboard.core.webhook.WebhookRequest;
import dev.switchboard.core.webhook.WebhookResult;
import dev.switchboard.core.webhook.WireUrl;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.net.ssl.SSLContext;

/**
 * The {@link WebhookClient} that speaks real HTTP/1.1 through Jetty's {@code HttpClient} (the same
 * Jetty as the platform's HTTP server; {@link JettyClients} says how it is set up), as Twilio does
 * (see the port's contract). Per logical request:
 *
 * <ol>
 *   <li>One idempotency token; the URL's connection overrides give {@code ct}, {@code rt}, the
 *       total budget {@code tt} and the retry policy. {@code ct} is the client's connect timeout
 *       (one pooled client per value, rounded up to 100 ms); {@code rt} is the time to the first
 *       response byte, counted from the start of the exchange so connecting eats into it (an
 *       approximation of Twilio's "after sending the request"), and then the longest gap between
 *       parts of the response; {@code tt} cancels whatever is in flight when it runs out.
 *   <li>Redirects: 301, 302, 303 and 307 are followed (Twilio error 11216's page: "Twilio will only
 *       follow redirects for status codes 301, 302, 303, and 307"), at most {@value #MAX_REDIRECTS}
 *       in a row (then 11215, "HTTP too many redirects"; Twilio's limit is not published). Any other
 *       3xx, or one without {@code Location}, is 11216. Redirects spend the time budget but not the
 *       retries. See {@link OutgoingWebhook#redirectedTo} for method and signature.
 *   <li>A non-2xx answer or a network failure is retried, immediately, when its class is in the
 *       {@code rp} policy and retries ({@code rc}) and time ({@code tt}) remain; then it is 11200,
 *       with a reason naming the cause and the number of attempts. Connect failures (timeout,
 *       refused, unresolved, TLS) are class {@code ct}; everything after connecting (no answer in
 *       time, body stalled, connection closed or reset) is class {@code rt}.
 *   <li>A 2xx answer is judged by the rules in {@link dev.switchboard.core.webhook.WebhookLimits}:
 *       TwiML needs {@code text/xml} or {@code application/xml} (else 12300; {@code text/html} and
 *       {@code text/plain} included) and at most 64 KB (else 11750); a status callback takes any 2xx.
 *       These are never retried: asking again would get the same answer.
 * </ol>
 * A GET whose connection drops before any response byte is resent once within its attempt (a stale
 * keep-alive connection looks like that); see {@code WebhookExchange}. HTTPS trusts what the JVM
 * trusts. Thread-safe; blocks the calling virtual thread. {@link #close()} aborts requests in flight.
 */
public final class HttpWebhookClient implements WebhookClient, AutoCloseable {
    /** Redirects followed in a row before 11215. */
    public static final int MAX_REDIRECTS = 5;

    private final JettyClients clients;
    private final WebhookExchange exchange;

    /** A client whose HTTPS trusts what the JVM trusts (its default {@link SSLContext}). */
    public HttpWebhookClient() {
        this(defaultTls());
    }

    /** A client whose HTTPS trusts what {@code tls} trusts (tests: a self-signed customer app). */
    HttpWebhookClient(SSLContext tls) {
        this.clients = new JettyClients(tls);
        this.exchange = new WebhookExchange(clients);
    }

    @Override
    public WebhookResult fetch(WebhookRequest request) {
        Objects.requireNonNull(request, "request");
        long start = System.nanoTime();
        Optional<String> problem = WireUrl.problem(request.url());
        if (problem.isPresent()) {
            return WebhookFailure.of(TwilioError.WEBHOOK_URL_INVALID, problem.get(), Duration.ofNanos(System.nanoTime() - start));
        }
        return new WebhookFetch(exchange, request, idempotencyToken(), start).run();
    }

    /**
     * A version-4 UUID from {@link java.util.concurrent.ThreadLocalRandom}: the token only has to be unique per
     * exchange (retries share it), not unguessable, and {@code UUID.randomUUID()} takes the JDK's shared
     * {@code SecureRandom} lock on every webhook.
     */
    static String idempotencyToken() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        long hi = (r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long lo = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    private static SSLContext defaultTls() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no default TLS context", e);
        }
    }

    /** Aborts requests in flight and releases the HTTP clients' threads. */
    @Override
    public void close() {
        clients.close();
    }
}
