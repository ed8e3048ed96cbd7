package dev.switchboard.testing.webhook;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ScriptedWebhookServer} does with one request: answer (after optional delays), drop
 * the connection, or hang. Immutable; build with the factories and {@code with…} methods:
 * {@code ScriptedResponse.twiml("<Response/>").delayedBy(Duration.ofSeconds(1))}.
 *
 * @param action what the server does
 * @param status the HTTP status, for {@link Action#RESPOND}
 * @param contentType the {@code Content-Type} header, if any
 * @param body the body, sent as UTF-8 with a {@code Content-Length}
 * @param headers extra response headers
 * @param headersDelay wait before the status line (or before dropping the connection)
 * @param bodyDelay wait between sending the headers and sending the body
 */
public record ScriptedResponse(
        Action action, int status, Optional<String> contentType, String body, Map<String, String> headers,
        Duration headersDelay, Duration bodyDelay) {

    /** What the server does with the request. */
    public enum Action {
        /** Answer with the status, headers and body. */
        RESPOND,
        /**
         * Close the connection without answering. The JDK server offers no RST (no SO_LINGER 0), so
         * the client sees an orderly close before any response byte — an HTTP client reports the
         * same "connection closed/reset before the response" either way. Note that
         * {@code java.net.http} resends a GET (never a POST) once when its connection closes before
         * any response byte, taking it for a stale pooled connection: to fail a GET this way, script
         * two disconnects or make it the path's default.
         */
        DISCONNECT,
        /** Never answer; the connection stays open until the client gives up or the server closes. */
        HANG
    }

    public ScriptedResponse {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
        Objects.requireNonNull(headersDelay, "headersDelay");
        Objects.requireNonNull(bodyDelay, "bodyDelay");
    }

    /** 200 with {@code text/xml} and the given TwiML. */
    public static ScriptedResponse twiml(String twiml) {
        return of(200, "text/xml", twiml);
    }

    /**
     * Binary content ({@code <Play>} files): the bytes travel as a Latin-1 string and are written back
     * byte for byte, because the type is {@code audio/*} or {@code application/octet-stream}
     * ({@link #bodyBytes}).
     */
    public static ScriptedResponse bytes(int status, String contentType, byte[] body) {
        return of(status, contentType, new String(body, java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** The body as sent: Latin-1 for binary types (see {@link #bytes}), UTF-8 otherwise. */
    public byte[] bodyBytes() {
        boolean binary = contentType.map(t -> t.startsWith("audio/") || t.startsWith("application/octet-stream")).orElse(false);
        return body.getBytes(binary ? java.nio.charset.StandardCharsets.ISO_8859_1 : java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Any status, content type and body. */
    public static ScriptedResponse of(int status, String contentType, String body) {
        return new ScriptedResponse(Action.RESPOND, status, Optional.of(contentType), body, Map.of(),
                Duration.ZERO, Duration.ZERO);
    }

    /** A status with no body and no {@code Content-Type}, e.g. {@code status(204)}. */
    public static ScriptedResponse status(int status) {
        return new ScriptedResponse(Action.RESPOND, status, Optional.empty(), "", Map.of(), Duration.ZERO, Duration.ZERO);
    }

    /** A redirect to {@code location} (absolute or relative). */
    public static ScriptedResponse redirect(int status, String location) {
        return status(status).withHeader("Location", location);
    }

    /** Drop the connection without an answer. */
    public static ScriptedResponse disconnect() {
        return new ScriptedResponse(Action.DISCONNECT, 0, Optional.empty(), "", Map.of(), Duration.ZERO, Duration.ZERO);
    }

    /** Accept the request and never answer. */
    public static ScriptedResponse hang() {
        return new ScriptedResponse(Action.HANG, 0, Optional.empty(), "", Map.of(), Duration.ZERO, Duration.ZERO);
    }

    /** The same, answered (or dropped) only after {@code delay}. */
    public ScriptedResponse delayedBy(Duration delay) {
        return new ScriptedResponse(action, status, contentType, body, headers, delay, bodyDelay);
    }

    /** The same, with the body sent {@code delay} after the headers. */
    public ScriptedResponse withBodyDelay(Duration delay) {
        return new ScriptedResponse(action, status, contentType, body, headers, headersDelay, delay);
    }

    /** The same, with one more response header. */
    public ScriptedResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ScriptedResponse(action, status, contentType, body, more, headersDelay, bodyDelay);
    }
}
