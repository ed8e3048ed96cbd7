package dev.switchboard.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A Switchboard Voice SDK device over {@code /signal} (signalling only, no media). Thread-safe;
 * callbacks run in order on one virtual thread per device.
 */
public final class Device implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SDP = "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=mid:0\r\n";
    private static final System.Logger LOG = System.getLogger(Device.class.getName());

    private final ExecutorService callbacks = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("switchboard-device").factory());
    private final ReentrantLock sendLock = new ReentrantLock();
    private final Map<String, Call> calls = new ConcurrentHashMap<>();
    private final ArrayDeque<Call> awaitingSid = new ArrayDeque<>();
    private final CompletableFuture<JsonNode> connected = new CompletableFuture<>();
    private final CompletableFuture<JsonNode> ready = new CompletableFuture<>();
    private volatile Consumer<IncomingCall> onIncoming = c -> {};
    private volatile String identity = "";
    private WebSocket socket;

    private Device() {}

    /** Connects to {@code wsBase + "/signal"}, sends listen and register, and waits for {@code ready}. */
    public static Device connect(URI wsBase, String accessToken) { return connect(wsBase, accessToken, Duration.ofSeconds(10)); }

    public static Device connect(URI wsBase, String accessToken, Duration timeout) {
        Device d = new Device();
        String base = wsBase.toString().replaceAll("/+$", "");
        try {
            d.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(timeout)
                    .buildAsync(URI.create(base + "/signal"), d.new Listener()).join();
        } catch (RuntimeException e) {
            d.callbacks.shutdown();
            throw new ClientException(31005, "cannot connect to " + base + ": " + e.getMessage());
        }
        try {
            ObjectNode listen = JSON.createObjectNode().put("token", accessToken);
            listen.putObject("browserinfo").put("p", "java");
            listen.put("reconnectTimeout", 0);
            d.send("listen", listen);
            JsonNode c = await(d.connected, timeout);
            d.identity = c.path("token").path("identity").asText("");
            ObjectNode reg = JSON.createObjectNode();
            reg.putObject("media").put("audio", true);
            d.send("register", reg);
            await(d.ready, timeout);
            return d;
        } catch (RuntimeException e) {
            d.close();
            throw e;
        }
    }

    private static JsonNode await(CompletableFuture<JsonNode> f, Duration timeout) {
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof ClientException ce) throw ce;
            throw new ClientException(31005, String.valueOf(e.getCause()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new ClientException(31005, "no answer from the server within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClientException(31005, "interrupted");
        }
    }

    /** The identity of the token, as the server read it. */
    public String identity() { return identity; }

    public void onIncoming(Consumer<IncomingCall> handler) { this.onIncoming = handler == null ? c -> {} : handler; }

    /** Places a call through the token's TwiML App; {@code params} reach its voice URL as top-level parameters. */
    public Call connect(Map<String, String> params) {
        String temp = "TJS" + UUID.randomUUID();
        Call call = new Call(this, temp);
        calls.put(temp, call);
        ObjectNode p = JSON.createObjectNode().put("callsid", temp).put("sdp", SDP);
        p.putObject("twilio").put("params", Params.encode(new LinkedHashMap<>(params)));
        synchronized (awaitingSid) {
            awaitingSid.add(call);
            send("invite", p);
        }
        return call;
    }

    void send(String type, ObjectNode payload) {
        ObjectNode f = JSON.createObjectNode();
        f.put("type", type).put("version", "1.6").set("payload", payload);
        sendText(f.toString());
    }

    private void sendText(String text) {
        sendLock.lock();
        try {
            socket.sendText(text, true).join();
        } catch (RuntimeException e) {
            throw new ClientException(31005, "send failed: " + e.getMessage());
        } finally {
            sendLock.unlock();
        }
    }

    void callback(Runnable r) {
        try {
            callbacks.execute(() -> {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "callback failed", e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // device closed
        }
    }

    void forget(Call call) { calls.values().removeIf(c -> c == call); }

    private void frame(String text) {
        JsonNode f;
        try {
            f = JSON.readTree(text);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "unreadable frame {0}", text);
            return;
        }
        JsonNode p = f.path("payload");
        String sid = p.path("callsid").asText("");
        switch (f.path("type").asText()) {
            case "connected" -> connected.complete(p);
            case "ready" -> ready.complete(p);
            case "error" -> {
                ClientException e = new ClientException(p.path("error").path("code").asInt(31000), p.path("error").path("message").asText(""));
                if (!connected.isDone()) connected.completeExceptionally(e);
                if (!ready.isDone()) ready.completeExceptionally(e);
            }
            case "invite" -> {
                Map<String, String> params = new LinkedHashMap<>();
                p.path("parameters").properties().forEach(en -> params.put(en.getKey(), en.getValue().asText()));
                IncomingCall in = new IncomingCall(this, sid, params);
                calls.put(sid, in);
                Consumer<IncomingCall> h = onIncoming;
                callback(() -> h.accept(in));
            }
            case "ringing" -> {
                Call c = calls.get(sid);
                if (c == null) {
                    synchronized (awaitingSid) { c = awaitingSid.poll(); }
                    if (c == null) return;
                    c.sid(sid);
                    calls.put(sid, c);
                }
                c.event(new CallEvent(CallEvent.Type.RINGING, sid, 0, null));
            }
            case "answer" -> {
                Call c = calls.get(sid);
                if (c != null) c.event(new CallEvent(CallEvent.Type.ACCEPTED, sid, 0, null));
            }
            case "cancel" -> {
                Call c = calls.get(sid);
                if (c != null) c.event(new CallEvent(CallEvent.Type.CANCELLED, sid, 0, null));
            }
            case "hangup" -> {
                Call c = calls.get(sid);
                if (c != null) {
                    synchronized (awaitingSid) { awaitingSid.remove(c); }
                    c.event(new CallEvent(CallEvent.Type.DISCONNECTED, c.sid(), p.path("error").path("code").asInt(0),
                            p.path("error").path("message").asText(null)));
                }
            }
            default -> { }
        }
    }

    private void socketGone(String why) {
        ClientException e = new ClientException(31005, why);
        connected.completeExceptionally(e);
        ready.completeExceptionally(e);
        calls.values().forEach(c -> c.event(new CallEvent(CallEvent.Type.DISCONNECTED, c.sid(), 31005, why)));
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                if (text.equals("\n")) {
                    Thread.startVirtualThread(() -> { try { sendText("\n"); } catch (ClientException ignored) { } });
                } else {
                    frame(text);
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            socketGone("socket closed " + status + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) { socketGone("socket failed: " + error); }
    }

    /** Unregisters and closes the socket; live calls get {@code DISCONNECTED}. */
    @Override
    public void close() {
        try {
            if (socket != null && !socket.isOutputClosed()) {
                sendLock.lock();
                try {
                    socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(2, TimeUnit.SECONDS);
                } finally {
                    sendLock.unlock();
                }
            }
        } catch (Exception e) {
            if (socket != null) socket.abort();
        }
        socketGone("device closed");
        callbacks.shutdown();
    }
}
