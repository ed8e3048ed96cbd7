package dev.switchboard.server.webhook;

import dev.switchboard.core.webhook.ConnectionOverrides;
import dev.switchboard.core.webhook.OutgoingWebhook;
import dev.switchboard.core.webhook.RetryCondition;
import dev.switchboard.core.webhook.WebhookMethod;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpVersion;

/**
 * Makes one HTTP attempt of a webhook and reports how it ended, enforcing the three timeouts:
 *
 * <ul>
 *   <li>{@code ct}: the pooled client's connect timeout.
 *   <li>{@code rt}: Twilio means "time to the first response packet, and between packets". Until the
 *       status line arrives it is counted from the start of the exchange, so a slow connect eats
 *       into it (an approximation, and what {@code java.net.http}'s request timeout did); after that,
 *       every part of the response restarts the {@code rt} watch.
 *   <li>{@code tt}: the absolute deadline of the whole logical request; the attempt is cancelled when
 *       it passes, whatever it is doing.
 * </ul>
 * Blocks the calling (virtual) thread; an interrupt cancels the attempt. Never throws.
 *
 * <p>A GET whose connection closes before any response byte is sent again, once, inside the same
 * attempt and with the same headers (idempotency token included, so the app can recognise the
 * duplicate): that is how a keep-alive connection the app closed just as it was reused looks, and
 * what {@code java.net.http} did too. A POST is never resent.
 */
final class WebhookExchange {
    private final JettyClients clients;

    WebhookExchange(JettyClients clients) {
        this.clients = clients;
    }

    /** Sends {@code outgoing}, reading at most {@code bodyCap} bytes, giving up at {@code deadlineNanos}. */
    Attempt send(OutgoingWebhook outgoing, ConnectionOverrides overrides, long deadlineNanos, int bodyCap) {
        URI uri = URI.create(outgoing.requestUrl()); // IllegalArgumentException: the caller answers 11100
        HttpClient client = clients.forConnectTimeout(overrides.connectTimeout());
        boolean resent = false;
        while (true) {
            CappedResponse response = new CappedResponse(bodyCap, System.nanoTime());
            Request request = toRequest(client, uri, outgoing, overrides);
            request.send(response);
            Attempt attempt = await(request, response, overrides, deadlineNanos);
            if (!resent && outgoing.method() == WebhookMethod.GET && !response.begun()
                    && attempt instanceof Attempt.Failed && closedEarly(response)
                    && System.nanoTime() < deadlineNanos && !Thread.currentThread().isInterrupted()) {
                resent = true;
                continue;
            }
            return attempt;
        }
    }

    private static Request toRequest(HttpClient client, URI uri, OutgoingWebhook outgoing, ConnectionOverrides overrides) {
        Request request = client.newRequest(uri)
                .version(HttpVersion.HTTP_1_1)
                .method(outgoing.method().name())
                // our own watch enforces rt and tt; this only stops Jetty's idle timeout from firing first
                .idleTimeout(overrides.totalTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS)
                .headers(headers -> outgoing.headers().forEach(headers::put));
        outgoing.formBody().ifPresent(body ->
                request.body(new StringRequestContent(OutgoingWebhook.FORM_CONTENT_TYPE, body, StandardCharsets.UTF_8)));
        return request;
    }

    private static Attempt await(Request request, CappedResponse response, ConnectionOverrides overrides, long deadlineNanos) {
        CompletableFuture<Attempt.Answered> answer = response.result();
        long readTimeout = overrides.readTimeout().toNanos();
        while (true) {
            long now = System.nanoTime();
            long last = response.lastActivity();
            if (now >= deadlineNanos) {
                request.abort(new TimeoutException("total time ran out"));
                return new Attempt.Failed(RetryCondition.READ_TIMEOUT,
                        "total time (tt=" + overrides.totalTimeout().toMillis() + " ms) ran out");
            }
            if (now >= last + readTimeout) {
                request.abort(new TimeoutException("read timed out"));
                return new Attempt.Failed(RetryCondition.READ_TIMEOUT, response.headersArrived()
                        ? "read timed out (rt=" + overrides.readTimeout().toMillis() + " ms) while receiving the body"
                        : "no response within the read timeout (rt=" + overrides.readTimeout().toMillis() + " ms)");
            }
            // Wake at the next moment a deadline could pass: the budget, or rt after the last activity.
            long wait = Math.min(deadlineNanos, last + readTimeout) - now;
            try {
                return answer.get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // Woke up: the loop re-checks the deadlines, since a chunk may have arrived meanwhile.
            } catch (ExecutionException e) {
                return failed(e.getCause(), overrides);
            } catch (InterruptedException e) {
                request.abort(e);
                Thread.currentThread().interrupt();
                return new Attempt.Failed(RetryCondition.READ_TIMEOUT, "interrupted");
            }
        }
    }

    /** Whether the attempt failed because the connection closed (not because of a timeout or a refusal). */
    private static boolean closedEarly(CappedResponse response) {
        try {
            response.result().getNow(null);
            return false;
        } catch (CompletionException e) {
            return hasCause(e, EOFException.class) || hasCause(e, ClosedChannelException.class);
        } catch (CancellationException e) {
            return false;
        }
    }

    private static Attempt failed(Throwable cause, ConnectionOverrides overrides) {
        if (cause instanceof SocketTimeoutException) { // read timeouts are watched here, never by Jetty
            return new Attempt.Failed(RetryCondition.CONNECT_TIMEOUT,
                    "connect timed out (ct=" + overrides.connectTimeout().toMillis() + " ms)");
        }
        if (cause instanceof ConnectException) {
            return new Attempt.Failed(RetryCondition.CONNECT_TIMEOUT, "connection refused");
        }
        if (hasCause(cause, UnknownHostException.class)) {
            return new Attempt.Failed(RetryCondition.CONNECT_TIMEOUT, "host name not resolved");
        }
        if (hasCause(cause, SSLException.class)) {
            return new Attempt.Failed(RetryCondition.CONNECT_TIMEOUT, "TLS handshake failed: " + cause.getMessage());
        }
        String detail = cause instanceof IOException && !(cause instanceof EOFException) && cause.getMessage() != null
                ? " (" + cause.getMessage() + ")" : "";
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
