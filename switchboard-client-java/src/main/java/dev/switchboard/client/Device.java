package dev.switchboard.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A Switchboard Voice SDK device over {@code /signal} (signalling only, no media). Thread-safe;
 * callbacks run in order on one virtual thread per device. Options: {@link DeviceOptions}; state:
 * {@link DeviceState}.
 *
 * <p>When the socket is lost without {@link #close()} (closed, failed, or silent past
 * {@link DeviceOptions#silenceLimit()}), the device reconnects on its own as the Voice JS SDK does
 * (backoff 100 ms, doubling, capped at 20 s), sends {@code listen} (with the latest
 * {@link #updateToken token}) and, unless {@link #unregister() unregistered}, {@code register} again, and
 * reclaims each call that is up with the reconnect token of its {@code answer}
 * ({@code invite{callsid, sdp, reconnect}}): the call gets {@code RECONNECTING}, then {@code RECONNECTED},
 * or {@code ERROR} and {@code DISCONNECTED} 31005 when the server refuses (its grace period passed) or
 * {@link DeviceOptions#callReconnectTimeout()} passes first. Frames sent meanwhile wait and go out after
 * the reclaim. It stops trying after the server refused its token (31201–31207 except 31206), which also
 * reaches {@link #onError}; {@link #updateToken} with another token starts it again.
 */
public final class Device implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SDP = "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0\r\na=mid:0\r\n";
    private static final System.Logger LOG = System.getLogger(Device.class.getName());
    /** Token errors: reconnecting with the same token cannot succeed. */
    private static final Set<Integer> TOKEN_ERRORS = Set.of(31201, 31202, 31204, 31205, 31207);

    /** The server's refusal of a token. */
    private record Refusal(ClientException error, String token) {}

    private final DeviceOptions options;
    private final ExecutorService callbacks = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("switchboard-device").factory());
    private final ScheduledExecutorService timers =
            Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("switchboard-device-timer").factory());
    private final DeviceCalls calls = new DeviceCalls(this);
    private final DeviceStates states = new DeviceStates(DeviceState.UNREGISTERED, this::callback);
    private final TokenWarning tokenWarning;
    private final DeviceLink link;
    private volatile String token;
    private volatile Consumer<IncomingCall> onIncoming = c -> {};
    private volatile Consumer<ClientException> onError = e -> {};
    private volatile Consumer<Device> onTokenWillExpire = d -> {};
    private volatile String identity = "";
    private volatile Refusal refusal;

    private Device(URI signalUri, String token, DeviceOptions options) {
        this.token = requireToken(token);
        this.options = options;
        this.tokenWarning = new TokenWarning(timers, options.tokenRefresh(), () -> callback(() -> onTokenWillExpire.accept(this)));
        this.link = new DeviceLink(this, signalUri, options, timers, calls, states);
    }

    /** Connects to {@code wsBase + "/signal"}, sends listen and register, and waits for {@code ready}. */
    public static Device connect(URI wsBase, String accessToken) { return connect(wsBase, accessToken, DeviceOptions.defaults()); }

    /** As {@link #connect(URI, String)}; {@code timeout} bounds each step (also of every reconnect). */
    public static Device connect(URI wsBase, String accessToken, Duration timeout) {
        return connect(wsBase, accessToken, DeviceOptions.defaults().withTimeout(timeout));
    }

    /**
     * As {@link #connect(URI, String)} with the given options. Blocks up to {@code options.timeout()} a
     * step; {@link ClientException} with the server's code when it refuses (e.g. 31202 bad signature,
     * 31205 expired), 31005 when it cannot be reached.
     */
    public static Device connect(URI wsBase, String accessToken, DeviceOptions options) {
        String base = wsBase.toString().replaceAll("/+$", "");
        Device d = new Device(URI.create(base + "/signal"), accessToken, options);
        try {
            d.link.connect();
            return d;
        } catch (RuntimeException e) {
            d.shutdownThreads();
            throw e;
        }
    }

    /** The identity of the token, as the server read it. */
    public String identity() { return identity; }

    public DeviceOptions options() { return options; }

    /** The device's state now; {@link #onStateChange} reports every change. */
    public DeviceState state() { return states.current(); }

    public void onIncoming(Consumer<IncomingCall> handler) { this.onIncoming = handler == null ? c -> {} : handler; }

    /**
     * The device's errors (the JS SDK's device {@code error} event): every {@code error} frame the
     * server sends after {@link #connect} returned, e.g. 31205 when the token expired while connected.
     * Errors of one call reach that call as {@code ERROR} events instead.
     */
    public void onError(Consumer<ClientException> handler) { this.onError = handler == null ? e -> {} : handler; }

    /**
     * Adds a listener for the device's {@link DeviceState}: it first gets the current state, then each
     * change, in order (e.g. {@code REGISTERED, RECONNECTING, REGISTERED, DESTROYED}).
     */
    public void onStateChange(Consumer<DeviceState> listener) { states.listen(listener); }

    /**
     * Called {@link DeviceOptions#tokenRefresh()} (10 s) before the token runs out, going by the
     * {@code ttl} of the server's latest {@code connected} (the JS SDK's {@code tokenWillExpire}); answer
     * with {@link #updateToken}.
     */
    public void onTokenWillExpire(Consumer<Device> handler) { this.onTokenWillExpire = handler == null ? d -> {} : handler; }

    /**
     * Replaces the access token: an open socket gets a new {@code listen} at once (the server answers
     * {@code connected} with the new ttl, which re-arms {@link #onTokenWillExpire}); every later reconnect
     * uses it. A device that had stopped reconnecting because the server refused its token starts again.
     * Does not wait for the server's answer; a token the server refuses reaches {@link #onError}.
     */
    public void updateToken(String accessToken) {
        token = requireToken(accessToken);
        if (link.restartIfStopped()) return;
        link.current().ifPresent(s -> {
            try {
                s.listen(accessToken);
            } catch (ClientException e) {
                s.socket.abort(); // the next socket's listen carries the new token
            }
        });
    }

    /**
     * Registers for incoming calls ({@code register} → {@code ready}), also on every reconnect; blocks up
     * to {@code timeout}. While reconnecting it returns at once and the device registers once reconnected.
     */
    public void register() { registration(true); }

    /**
     * Stops incoming calls to this device ({@code register{audio:false}} → {@code offline}), also for later
     * reconnects; blocks up to {@code timeout}. Calls that are up carry on.
     */
    public void unregister() { registration(false); }

    private void registration(boolean on) {
        Optional<DeviceSession> now = link.wantRegistered(on);
        if (now.isEmpty()) return;
        DeviceSession s = now.get();
        CompletableFuture<JsonNode> reply = s.expect(on ? "ready" : "offline");
        s.socket.send(frame("register", registerPayload(on)));
        await(reply);
        link.registrationAnswered(s, on);
    }

    /** Places a call through the token's TwiML App; {@code params} reach its voice URL as top-level parameters. */
    public Call connect(Map<String, String> params) {
        Call call = new Call(this, "TJS" + UUID.randomUUID());
        ObjectNode p = JSON.createObjectNode().put("callsid", call.sid()).put("sdp", SDP);
        p.putObject("twilio").put("params", Params.encode(new LinkedHashMap<>(params)));
        calls.placing(call, () -> send("invite", p));
        return call;
    }

    // --- for the link, the session and the calls ---

    String token() { return token; }

    static ObjectNode listenPayload(String token) {
        ObjectNode listen = JSON.createObjectNode().put("token", token);
        listen.putObject("browserinfo").put("p", "java");
        listen.put("reconnectTimeout", 0);
        return listen;
    }

    static ObjectNode registerPayload(boolean audio) {
        ObjectNode reg = JSON.createObjectNode();
        reg.putObject("media").put("audio", audio);
        return reg;
    }

    static String frame(String type, ObjectNode payload) {
        ObjectNode f = JSON.createObjectNode();
        f.put("type", type).put("version", "1.6").set("payload", payload);
        return f.toString();
    }

    private static String requireToken(String token) {
        if (token == null || token.isBlank()) throw new IllegalArgumentException("an access token is required");
        return token;
    }

    /** Waits for a reply up to {@code timeout}; an error frame or the socket's end is a {@link ClientException}. */
    JsonNode await(CompletableFuture<JsonNode> f) {
        Duration timeout = options.timeout();
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

    /** The server's refusal when it is of the token the device holds now (after {@link #updateToken} it is not). */
    ClientException refusedNow() {
        Refusal r = refusal;
        return r != null && r.token().equals(token) ? r.error() : null;
    }

    /** Sends now, or after the reclaim while reconnecting; {@link ClientException} 31009 when neither can happen. */
    void send(String type, ObjectNode payload) { link.send(frame(type, payload)); }

    void callback(Runnable r) {
        try {
            callbacks.execute(() -> {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "callback failed", e);
                }
            });
        } catch (RejectedExecutionException closedDevice) {
            // device closed
        }
    }

    /** Runs {@code r} once the call reconnect deadline has passed (on the timer thread). */
    void afterCallReconnectTimeout(Runnable r) {
        try {
            timers.schedule(r, options.callReconnectTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closedDevice) {
            // device closed: its calls ended already
        }
    }

    /** The server answered a reclaim for a call that ended here meanwhile: end it there too. */
    void hangUpAbandoned(String callSid) {
        try {
            send("hangup", JSON.createObjectNode().put("callsid", callSid));
        } catch (ClientException gone) {
            // no socket: the server ends the call after its grace period
        }
    }

    void forget(Call call) { calls.forget(call); }

    /** A frame from the server on {@code s}. */
    void frame(DeviceSession s, String text) {
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
            case "connected" -> {
                identity = p.path("token").path("identity").asText(identity);
                JsonNode ttl = p.path("token").path("ttl");
                tokenWarning.connected(ttl.isNumber() ? ttl.asLong() : -1);
                s.reply(type, p);
            }
            case "ready", "offline" -> s.reply(type, p);
            case "error" -> error(s, p);
            default -> calls.onFrame(type, p, onIncoming);
        }
    }

    private void error(DeviceSession s, JsonNode p) {
        ClientException e = new ClientException(p.path("error").path("code").asInt(31000), p.path("error").path("message").asText(""));
        if (TOKEN_ERRORS.contains(e.code())) refusal = new Refusal(e, s.listenedWith());
        s.failAll(e);
        Consumer<ClientException> h = onError;
        callback(() -> h.accept(e));
    }

    // --- test hooks (package-private): an abrupt network loss, and a network that stays down ---

    void dropTransport() { link.dropTransport(); }

    void holdReconnects(boolean hold) { link.holdReconnects(hold); }

    /**
     * Hangs up the live calls (each gets {@code DISCONNECTED}), stops reconnecting and closes the
     * socket, which also unregisters the device; the state becomes {@code DESTROYED}. Blocks up to about
     * 2 s for the close handshake.
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
        if (link.close()) shutdownThreads();
    }

    private void shutdownThreads() {
        tokenWarning.cancel();
        timers.shutdownNow();
        callbacks.shutdown(); // what is queued (the last events) still runs
    }
}
