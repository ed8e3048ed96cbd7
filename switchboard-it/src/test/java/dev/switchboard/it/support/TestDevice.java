package dev.switchboard.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A scripted Voice SDK device over {@code java.net.http.WebSocket}: sends frames as the SDK does
 * ({@code {"type","version":"1.6","payload"}}) and records every frame received, heartbeats
 * excepted, for in-order assertions (OkHttp {@code WebSocketRecorder} style). Like every SDK it
 * echoes the {@code "\n"} heartbeat, until {@link #fallSilent()}.
 */
public final class TestDevice implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final WebSocket socket;
    private volatile boolean echoHeartbeats = true;

    private TestDevice(URI uri, HttpClient http) {
        this.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5)).buildAsync(uri, new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String text = partial.toString();
                    partial.setLength(0);
                    if (text.equals("\n")) {
                        if (echoHeartbeats) sendRaw("\n");
                    } else {
                        try {
                            frames.add(JSON.readTree(text));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                ws.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
                closed.complete(status);
                return null;
            }

            @Override
            public void onError(WebSocket ws, Throwable error) { closed.complete(-1); }
        }).join();
    }

    public static TestDevice connect(String wsBase) { return connect(wsBase, HttpClient.newHttpClient()); }

    public static TestDevice connect(String wsBase, HttpClient http) {
        return new TestDevice(URI.create(wsBase + "/signal"), http);
    }

    /** listen + register, as {@code device.register()} does; returns the {@code connected} payload. */
    public JsonNode register(String token) {
        JsonNode connected = listen(token);
        send("register", "{\"media\":{\"audio\":true}}");
        expect("ready");
        return connected;
    }

    public JsonNode listen(String token) {
        ObjectNode p = JSON.createObjectNode();
        p.put("token", token);
        p.putObject("browserinfo").put("p", "browser");
        p.put("reconnectTimeout", 0);
        send("listen", p.toString());
        return expect("connected");
    }

    public void send(String type, String payloadJson) {
        sendRaw("{\"payload\":" + payloadJson + ",\"type\":\"" + type + "\",\"version\":\"1.6\"}");
    }

    /** One send at a time: the heartbeat echo and the test's frames share the socket. */
    public synchronized void sendRaw(String text) { socket.sendText(text, true).join(); }

    /** Stops echoing heartbeats and sending anything, with the socket left open: a frozen page, a dead path. */
    public void fallSilent() { echoHeartbeats = false; }

    public void sendCall(String type, String callSid) { send(type, "{\"callsid\":\"" + callSid + "\"}"); }

    /** The next frame; fails unless it is of {@code type}. Returns its payload. */
    public JsonNode expect(String type) {
        JsonNode f = next();
        if (!type.equals(f.path("type").asText())) throw new AssertionError("expected " + type + ", got " + f);
        return f.path("payload");
    }

    public JsonNode next() {
        try {
            JsonNode f = frames.poll(10, TimeUnit.SECONDS);
            if (f == null) throw new AssertionError("no frame within 10 s");
            return f;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails if a frame arrives within {@code wait}. */
    public void assertNoMoreFrames(Duration wait) {
        try {
            JsonNode f = frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (f != null) throw new AssertionError("unexpected frame " + f);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The close status the server sent, waiting up to 10 s. */
    public int awaitClosed() { return closed.orTimeout(10, TimeUnit.SECONDS).join(); }

    /** Drops the connection without a close frame, as a lost network does. */
    public void abort() { socket.abort(); }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(2, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            socket.abort();
        }
    }
}
