package dev.switchboard.server.webhook;

import dev.switchboard.core.webhook.ConnectionOverrides;
import dev.switchboard.core.webhook.OutgoingWebhook;
import dev.switchboard.core.webhook.RetryCondition;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLException;

/**
 * Makes one HTTP attempt of a webhook and reports how it ended, enforcing the three timeouts:
 *
 * <ul>
 *   <li>{@code ct}: the pooled client's connect timeout.
 *   <li>{@code rt}: Twilio means "time to the first response packet, and between packets". Until the
 *       headers arrive this is {@link HttpRequest.Builder#timeout}, which {@code java.net.http} starts
 *       when the exchange starts, so it also covers connecting: a slow connect eats into {@code rt}
 *       (approximation). After the headers, every body chunk restarts an {@code rt} watch kept here.
 *   <li>{@code tt}: the absolute deadline of the whole logical request; the attempt is cancelled when
 *       it passes, whatever it is doing.
 * </ul>
 * Blocks the calling (virtual) thread; an interrupt cancels the attempt. Never throws.
 *
 * <p>{@code java.net.http} adds two retries of its own inside one attempt, which cannot be turned off
 * per client: a refused connection is retried once at once (unless the JVM runs with
 * {@code -Djdk.httpclient.disableRetryConnect}), and a GET whose connection closes before any
 * response byte is resent once (it takes that for a stale pooled connection). Both reuse the same
 * headers, idempotency token included, so the app can recognise the duplicate; a POST is never
 * resent, and connect timeouts are not retried by the JDK.
 */
final class WebhookExchange {
    private final HttpClientPool clients;

    WebhookExchange(HttpClientPool clients) {
        this.clients = clients;
    }

    /** Sends {@code outgoing}, reading at most {@code bodyCap} bytes, giving up at {@code deadlineNanos}. */
    Attempt send(OutgoingWebhook outgoing, ConnectionOverrides overrides, long deadlineNanos, int bodyCap) {
        HttpRequest request = toHttpRequest(outgoing, overrides);
        AtomicLong lastActivity = new AtomicLong();
        CompletableFuture<HttpResponse<CappedBody.Bytes>> response = clients
                .forConnectTimeout(overrides.connectTimeout())
                .sendAsync(request, CappedBody.handler(bodyCap, lastActivity));
        long readTimeout = overrides.readTimeout().toNanos();
        while (true) {
            long now = System.nanoTime();
            long last = lastActivity.get(); // 0 until the headers arrive
            if (now >= deadlineNanos) {
                response.cancel(true);
                return new Attempt.Failed(RetryCondition.READ_TIMEOUT,
                        "total time (tt=" + overrides.totalTimeout().toMillis() + " ms) ran out");
            }
            if (last != 0 && now >= last + readTimeout) {
                response.cancel(true);
                return new Attempt.Failed(RetryCondition.READ_TIMEOUT,
                        "read timed out (rt=" + overrides.readTimeout().toMillis() + " ms) while receiving the body");
            }
            // Wake at the next moment a deadline could pass: the budget, or rt after the last activity
            // (before the headers, HttpRequest.timeout watches rt; waking every rt then is harmless).
            long wait = Math.min(deadlineNanos, (last == 0 ? now : last) + readTimeout) - now;
            try {
                return answered(response.get(wait, TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                // Woke up: the loop re-checks the deadlines, since a chunk may have arrived meanwhile.
            } catch (ExecutionException e) {
                return failed(e.getCause(), overrides);
            } catch (InterruptedException e) {
                response.cancel(true);
                Thread.currentThread().interrupt();
                return new Attempt.Failed(RetryCondition.READ_TIMEOUT, "interrupted");
            }
        }
    }

    /** Builds the request; {@link IllegalArgumentException} when the URL is not a valid URI. */
    static HttpRequest toHttpRequest(OutgoingWebhook outgoing, ConnectionOverrides overrides) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(outgoing.requestUrl()))
                .timeout(overrides.readTimeout());
        outgoing.headers().forEach(builder::header);
        outgoing.formBody().ifPresentOrElse(
                body -> builder.POST(HttpRequest.BodyPublishers.ofString(body)),
                builder::GET);
        return builder.build();
    }

    private static Attempt answered(HttpResponse<CappedBody.Bytes> response) {
        CappedBody.Bytes body = response.body();
        return new Attempt.Answered(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location"), body.data(), body.truncated());
    }

    private static Attempt failed(Throwable cause, ConnectionOverrides overrides) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new Attempt.Failed(RetryCondition.CONNECT_TIMEOUT,
                    "connect timed out (ct=" + overrides.connectTimeout().toMillis() + " ms)");
        }
        if (cause instanceof HttpTimeoutException) {
            return new Attempt.Failed(RetryCondition.READ_TIMEOUT,
                    "no response within the read timeout (rt=" + overrides.readTimeout().toMillis() + " ms)");
        }
        if (cause instanceof ConnectException) {
            return new Attempt.Failed(RetryCondition.CONNECT_TIMEOUT,
                    hasCause(cause, UnresolvedAddressException.class) ? "host name not resolved" : "connection refused");
        }
        if (cause instanceof SSLException) {
            return new Attempt.Failed(RetryCondition.CONNECT_TIMEOUT, "TLS handshake failed: " + cause.getMessage());
        }
        String detail = cause instanceof IOException && cause.getMessage() != null ? " (" + cause.getMessage() + ")" : "";
        return new Attempt.Failed(RetryCondition.READ_TIMEOUT, "connection closed or reset before the response completed" + detail);
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
