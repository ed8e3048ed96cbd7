package dev.switchboard.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A Switchboard Voice SDK device over {@code /signal} (signalling only, no media). Thread-safe;
 * callbacks run in order on one virtual thread per device.
 *
 * <p>When the socket drops without {@link #close()}, the device reconnects on its own as the Voice
 * JS SDK does (backoff 100 ms, doubling, capped at 20 s), sends {@code listen} and {@code register}
 * again, and reclaims each call that is up with the reconnect token of its {@code answer}
 * ({@code invite{callsid, sdp, reconnect}}): the call gets {@code RECONNECTING}, then
 * {@code RECONNECTED}, or {@code ERROR} and {@code DISCONNECTED} when the server refuses (its grace
 * period passed). Frames sent meanwhile wait and go out after the reclaim. It stops trying after the
 * server refused its token (31201–31207 except 31206), which also reaches {@link #onError}.
 */
public final class Device implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SDP = "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=mid:0\r\n";
    private static final System.Logger LOG = System.getLogger(Device.class.getName());
    /** Token errors: reconnecting with the same token cannot succeed. */
    private static final Set<Integer> TOKEN_ERRORS = Set.of(31201, 31202, 31204, 31205, 31207);
    /** Frames kept while reconnecting; more is a {@link ClientException} 31009. */
    private static final int OUTBOX_LIMIT = 256;

    private final URI signalUri;
    private final String token;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ExecutorService callbacks = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("switchboard-device").factory());
    private final DeviceCalls calls = new DeviceCalls(this);
    private volatile Consumer<IncomingCall> onIncoming = c -> {};
    private volatile Consumer<ClientException> onError = e -> {};
    private volatile String identity = "";
    private volatile ClientException refusal;

    private final Object lock = new Object();
    private final ArrayDeque<String> outbox = new ArrayDeque<>(); // guarded by lock
    private Session session; // guarded by lock; null while reconnecting
    private boolean reconnecting; // guarded by lock
    private boolean closed; // guarded by lock
    private boolean reconnectsHeld; // guarded by lock; a test hook

    private Device(URI signalUri, String token, Duration timeout) {
        this.signalUri = signalUri;
        this.token = token;
        this.timeout = timeout;
    }

    /** Connects to {@code wsBase + "/signal"}, sends listen and register, and waits for {@code ready}. */
    public static Device connect(URI wsBase, String accessToken) { return connect(wsBase, accessToken, Duration.ofSeconds(10)); }

    /** As {@link #connect(URI, String)}; {@code timeout} bounds each step (also of every reconnect). */
    public static Device connect(URI wsBase, String accessToken, Duration timeout) {
        String base = wsBase.toString().replaceAll("/+$", "");
        Device d = new Device(URI.create(base + "/signal"), accessToken, timeout);
        try {
            d.install(d.open());
            return d;
        } catch (RuntimeException e) {
            d.callbacks.shutdown();
            throw e;
        }
    }

    /** A socket, listened and registered; blocks up to {@code timeout} a step. */
    private Session open() {
        Session s = new Session();
        s.socket = SignalSocket.open(http, signalUri, timeout, s);
        try {
            ObjectNode listen = JSON.createObjectNode().put("token", token);
            listen.putObject("browserinfo").put("p", "java");
            listen.put("reconnectTimeout", 0);
            s.socket.send(frame("listen", listen));
            JsonNode c = await(s.connected, timeout);
            identity = c.path("token").path("identity").asText("");
            ObjectNode reg = JSON.createObjectNode();
            reg.putObject("media").put("audio", true);
            s.socket.send(frame("register", reg));
            await(s.ready, timeout);
            return s;
        } catch (RuntimeException e) {
            s.socket.close();
            throw e;
        }
    }

    private void install(Session s) {
        synchronized (lock) {
            if (closed) {
                s.socket.close();
                return;
            }
            session = s;
        }
        if (!s.socket.isOpen()) lost(s, "socket closed while connecting");
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

    /**
     * The device's errors (the JS SDK's device {@code error} event): every {@code error} frame the
     * server sends after {@link #connect} returned, e.g. 31205 when the token expired while connected.
     * Errors of one call reach that call as {@code ERROR} events instead.
     */
    public void onError(Consumer<ClientException> handler) { this.onError = handler == null ? e -> {} : handler; }

    /** Places a call through the token's TwiML App; {@code params} reach its voice URL as top-level parameters. */
    public Call connect(Map<String, String> params) {
        Call call = new Call(this, "TJS" + UUID.randomUUID());
        ObjectNode p = JSON.createObjectNode().put("callsid", call.sid()).put("sdp", SDP);
        p.putObject("twilio").put("params", Params.encode(new LinkedHashMap<>(params)));
        calls.placing(call, () -> send("invite", p));
        return call;
    }

    private static String frame(String type, ObjectNode payload) {
        ObjectNode f = JSON.createObjectNode();
        f.put("type", type).put("version", "1.6").set("payload", payload);
        return f.toString();
    }

    /** Sends now, or after the reclaim while reconnecting; {@link ClientException} 31009 when neither can happen. */
    void send(String type, ObjectNode payload) {
        String text = frame(type, payload);
        Session s;
        synchronized (lock) {
            s = session;
            if (s == null) {
                queue(text);
                return;
            }
        }
        try {
            s.socket.send(text);
        } catch (ClientException e) {
            s.socket.abort(); // reports the loss, which starts reconnecting
            synchronized (lock) {
                queue(text);
            }
        }
    }

    private void queue(String text) {
        if (closed || !reconnecting) throw new ClientException(31009, "no transport available to send the message");
        if (outbox.size() >= OUTBOX_LIMIT) throw new ClientException(31009, "too many messages waiting for the reconnect");
        outbox.add(text);
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
        } catch (java.util.concurrent.RejectedExecutionException closedDevice) {
            // device closed
        }
    }

    void forget(Call call) { calls.forget(call); }

    private void frame(Session s, String text) {
        JsonNode f;
        try {
            f = JSON.readTree(text);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "unreadable frame {0}", text);
            return;
        }
        JsonNode p = f.path("payload");
        String type = f.path("type").asText();
        switch (type) {
            case "connected" -> s.connected.complete(p);
            case "ready" -> s.ready.complete(p);
            case "error" -> error(s, p);
            default -> calls.onFrame(type, p, onIncoming);
        }
    }

    private void error(Session s, JsonNode p) {
        ClientException e = new ClientException(p.path("error").path("code").asInt(31000), p.path("error").path("message").asText(""));
        if (TOKEN_ERRORS.contains(e.code())) refusal = e;
        s.connected.completeExceptionally(e);
        s.ready.completeExceptionally(e);
        Consumer<ClientException> h = onError;
        callback(() -> h.accept(e));
    }

    /** {@code s} ended without {@link #close()}: calls reconnect or end, and a reconnect loop starts. */
    private void lost(Session s, String why) {
        synchronized (lock) {
            if (closed || session != s) return;
            session = null;
            reconnecting = true;
        }
        List<Call> reclaim = calls.live().stream().filter(c -> c.transportLost(why)).toList();
        ClientException refused = refusal;
        if (refused != null) {
            giveUp(reclaim, refused);
            return;
        }
        LOG.log(System.Logger.Level.INFO, "signalling socket lost ({0}); reconnecting", why);
        Thread.ofVirtual().name("switchboard-device-reconnect").start(() -> reconnect(reclaim));
    }

    private void reconnect(List<Call> reclaim) {
        Backoff backoff = new Backoff(Backoff.FIRST, Backoff.CAP);
        while (pause(backoff.next())) {
            Session s;
            try {
                s = open();
            } catch (RuntimeException e) {
                if (refusal != null) {
                    giveUp(reclaim, refusal);
                    return;
                }
                LOG.log(System.Logger.Level.DEBUG, "reconnect failed: {0}", e.getMessage());
                continue;
            }
            resume(s, reclaim);
            return;
        }
    }

    /** The new socket carries the device: reclaim the calls, then send what waited, in order. */
    private void resume(Session s, List<Call> reclaim) {
        synchronized (lock) {
            if (closed) {
                s.socket.close();
                return;
            }
            session = s;
            reconnecting = false;
            try {
                for (Call c : reclaim) {
                    ObjectNode p = JSON.createObjectNode().put("callsid", c.sid()).put("sdp", SDP).put("reconnect", c.reconnectToken());
                    p.putObject("twilio");
                    s.socket.send(frame("invite", p));
                }
                while (!outbox.isEmpty()) {
                    s.socket.send(outbox.peek());
                    outbox.poll();
                }
            } catch (ClientException e) {
                s.socket.abort(); // lost() runs (this thread holds the lock already) and tries again
            }
        }
        if (!s.socket.isOpen()) lost(s, "socket closed while reclaiming calls");
    }

    private void giveUp(List<Call> reclaim, ClientException why) {
        synchronized (lock) {
            reconnecting = false;
            outbox.clear();
        }
        LOG.log(System.Logger.Level.WARNING, "not reconnecting: the server refused the token ({0})", why.getMessage());
        for (Call c : reclaim) c.failed(Call.CONNECTION_ERROR, "cannot reconnect: " + why.getMessage());
    }

    /** Waits {@code d} (and while reconnects are held); false once the device is closed. */
    private boolean pause(Duration d) {
        long until = System.nanoTime() + d.toNanos();
        synchronized (lock) {
            while (!closed) {
                long left = until - System.nanoTime();
                if (left <= 0 && !reconnectsHeld) return true;
                try {
                    lock.wait(left > 0 ? Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)) : 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return false;
        }
    }

    // --- test hooks (package-private): an abrupt network loss, and a network that stays down ---

    /** Drops the socket without a close frame, as a lost network does; the device reacts as to any loss. */
    void dropTransport() {
        Session s;
        synchronized (lock) {
            s = session;
        }
        if (s != null) s.socket.abort();
    }

    /** While held, reconnect attempts wait (the network stays down). */
    void holdReconnects(boolean hold) {
        synchronized (lock) {
            reconnectsHeld = hold;
            lock.notifyAll();
        }
    }

    /**
     * Hangs up the live calls (each gets {@code DISCONNECTED}), stops reconnecting and closes the
     * socket, which also unregisters the device. Blocks up to about 2 s for the close handshake.
     */
    @Override
    public void close() {
        for (Call c : calls.live()) {
            try {
                c.hangup();
            } catch (ClientException gone) {
                // no socket: the server ends the call after its grace period
            }
        }
        Session s;
        synchronized (lock) {
            if (closed) return;
            closed = true;
            s = session;
            session = null;
            reconnecting = false;
            outbox.clear();
            lock.notifyAll();
        }
        if (s != null) s.socket.close();
        callbacks.shutdown();
    }

    /** One socket's connection state; it reports to the device. */
    private final class Session implements SignalSocket.Handler {
        final CompletableFuture<JsonNode> connected = new CompletableFuture<>();
        final CompletableFuture<JsonNode> ready = new CompletableFuture<>();
        SignalSocket socket;

        @Override
        public void frame(SignalSocket from, String text) { Device.this.frame(this, text); }

        @Override
        public void gone(SignalSocket from, String why) {
            ClientException e = new ClientException(31005, why);
            connected.completeExceptionally(e);
            ready.completeExceptionally(e);
            lost(this, why);
        }
    }
}
