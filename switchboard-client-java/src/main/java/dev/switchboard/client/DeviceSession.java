package dev.switchboard.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One socket of a {@link Device}: the replies awaited on it ({@code connected}, {@code ready},
 * {@code offline}), whether it registered, and the token of its latest {@code listen}. Its frames go
 * to the device, its end to the {@link DeviceLink}. Thread-safe.
 */
final class DeviceSession implements SignalSocket.Handler {
    private final Device device;
    private final DeviceLink link;
    private final Map<String, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    volatile SignalSocket socket;
    volatile boolean registered;
    private volatile String listenedWith = "";

    DeviceSession(Device device, DeviceLink link) {
        this.device = device;
        this.link = link;
    }

    /** Sends {@code listen} with {@code token}; blocks until written. */
    void listen(String token) {
        listenedWith = token;
        socket.send(Device.frame("listen", Device.listenPayload(token)));
    }

    /** The token of this socket's latest {@code listen}: the one an error frame on it refers to. */
    String listenedWith() { return listenedWith; }

    /** The next frame of {@code type}; an {@code error} frame or the socket's end fails it. */
    CompletableFuture<JsonNode> expect(String type) { return replies.computeIfAbsent(type, t -> new CompletableFuture<>()); }

    void reply(String type, JsonNode payload) {
        CompletableFuture<JsonNode> f = replies.remove(type);
        if (f != null) f.complete(payload);
    }

    void failAll(ClientException e) {
        for (String type : List.copyOf(replies.keySet())) {
            CompletableFuture<JsonNode> f = replies.remove(type);
            if (f != null) f.completeExceptionally(e);
        }
    }

    @Override
    public void frame(SignalSocket from, String text) { device.frame(this, text); }

    @Override
    public void gone(SignalSocket from, String why) {
        failAll(new ClientException(31005, why));
        link.lost(this, why);
    }
}
