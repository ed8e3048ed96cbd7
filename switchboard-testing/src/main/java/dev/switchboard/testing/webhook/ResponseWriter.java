package dev.switchboard.testing.webhook;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Plays one {@link ScriptedResponse} on an exchange of the JDK server. Every wait ends early when
 * the server closes, so a hanging script never outlives its server.
 */
final class ResponseWriter {
    private final CountDownLatch closed = new CountDownLatch(1);

    void release() {
        closed.countDown();
    }

    void write(HttpExchange exchange, ScriptedResponse response) throws IOException {
        switch (response.action()) {
            case HANG -> closedWithin(Duration.ofDays(1));
            case DISCONNECT -> closedWithin(response.headersDelay()); // the caller's close() drops the connection
            case RESPOND -> respond(exchange, response);
        }
    }

    private void respond(HttpExchange exchange, ScriptedResponse response) throws IOException {
        if (closedWithin(response.headersDelay())) {
            return;
        }
        response.contentType().ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] body = response.bodyBytes();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length == 0) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        if (!response.bodyDelay().isZero()) {
            out.flush();
            if (closedWithin(response.bodyDelay())) {
                return;
            }
        }
        out.write(body);
        out.close();
    }

    /** Waits {@code delay}; answers whether the server closed meanwhile. */
    private boolean closedWithin(Duration delay) {
        try {
            return !delay.isZero() && closed.await(delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
