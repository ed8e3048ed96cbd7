package dev.switchboard.server.clients;

import dev.switchboard.core.error.TwilioError;
import io.javalin.config.RoutesConfig;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsHandlerType;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code /signal} WebSocket route the Voice SDK connects to (its {@code chunderw} option points
 * at {@code host:port}). Each socket's frames are handled in order on that socket's own virtual
 * thread; a socket sending more than {@link #MAX_FRAMES_PER_SECOND} frames in a second gets
 * 31206 and is closed. Sends the heartbeat ({@code "\n"}) to every socket every
 * {@code heartbeat}, well inside the SDK's 15 s silence limit; the SDKs echo it, and a socket that
 * has sent nothing for {@code silenceLimit} is dropped (close 4000) as if it had closed, so a frozen
 * page or a dead network path stops holding a registration and its calls' legs.
 */
public final class SignalEndpoint implements AutoCloseable {
    public static final String PATH = "/signal";
    public static final int MAX_FRAMES_PER_SECOND = 50;
    private static final Logger LOG = LoggerFactory.getLogger(SignalEndpoint.class);

    private final SignalContext ctx;
    private final Map<String, Socket> sockets = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("signal-timer").factory());

    private record Socket(SignalConnection connection, ExecutorService worker, AtomicLong window, AtomicInteger count) {}

    public SignalEndpoint(AccessTokenVerifier verifier, DeviceRegistry registry, ClientOriginator originator, Clock clock,
            Duration heartbeat, Duration silenceLimit, Duration reconnectGrace) {
        this.ctx = new SignalContext(verifier, registry, originator, clock,
                task -> timer.schedule(task, reconnectGrace.toMillis(), TimeUnit.MILLISECONDS), silenceLimit);
        long every = heartbeat.toMillis();
        timer.scheduleAtFixedRate(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
    }

    /** Adds the WebSocket route to a Javalin route table. */
    public void addTo(RoutesConfig routes) {
        routes.addWsHandler(WsHandlerType.WEBSOCKET, PATH, ws -> {
            ws.onConnect(c -> {
                c.session.setIdleTimeout(Duration.ofMinutes(2));
                SignalConnection conn = new SignalConnection(transport(c), ctx);
                sockets.put(c.sessionId(), new Socket(conn,
                        Executors.newSingleThreadExecutor(Thread.ofVirtual().name("signal-" + c.sessionId()).factory()),
                        new AtomicLong(System.nanoTime()), new AtomicInteger()));
            });
            ws.onMessage(m -> onText(m.sessionId(), m.message()));
            ws.onBinaryMessage(m -> onText(m.sessionId(), "binary frame"));
            ws.onClose(c -> closed(c.sessionId()));
            ws.onError(c -> closed(c.sessionId()));
        });
    }

    private void onText(String id, String text) {
        Socket s = sockets.get(id);
        if (s == null || !s.connection().isOpen()) return;
        long now = System.nanoTime();
        long start = s.window().get();
        if (now - start > 1_000_000_000L) {
            s.window().set(now);
            s.count().set(0);
        }
        if (s.count().incrementAndGet() > MAX_FRAMES_PER_SECOND) {
            s.worker().execute(() -> s.connection().refuse(TwilioError.SIGNAL_RATE_EXCEEDED.code(),
                    TwilioError.SIGNAL_RATE_EXCEEDED.template().formatted("more than " + MAX_FRAMES_PER_SECOND
                            + " frames a second"), 1008));
            return;
        }
        try {
            s.worker().execute(() -> s.connection().onText(text));
        } catch (java.util.concurrent.RejectedExecutionException ignored) {
            // the socket closed meanwhile
        }
    }

    private void closed(String id) {
        Socket s = sockets.remove(id);
        if (s == null) return;
        s.worker().execute(s.connection()::onClosed);
        s.worker().shutdown();
    }

    private void heartbeat() {
        for (Socket s : sockets.values()) {
            SignalConnection c = s.connection();
            if (!c.isOpen()) continue;
            if (c.isLive()) {
                c.sendText(SignalFrame.HEARTBEAT);
                continue;
            }
            try {
                s.worker().execute(c::dropSilent);
            } catch (java.util.concurrent.RejectedExecutionException ignored) {
                // the socket closed meanwhile
            }
        }
    }

    private static SignalConnection.Transport transport(WsContext c) {
        return new SignalConnection.Transport() {
            @Override public void send(String text) { c.send(text); }
            @Override public void close(int status, String reason) { c.closeSession(status, reason); }
        };
    }

    public int openSockets() { return sockets.size(); }

    @Override
    public void close() {
        timer.shutdownNow();
        for (Socket s : sockets.values()) s.worker().shutdownNow();
        sockets.clear();
        LOG.debug("signalling endpoint closed");
    }
}
