package dev.switchboard.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A {@link Device}'s signalling link across sockets: the socket in use (none while reconnecting), the
 * reconnect loop (backoff of {@link Backoff}, {@code listen} and {@code register} again, reclaim of the
 * calls that are up, then the frames that waited), and the device's {@link DeviceState} moves that go
 * with them. Thread-safe: one lock guards the socket, the outbox and the flags; blocking work (opening
 * a socket) runs outside it, on the caller's thread or the reconnect virtual thread.
 */
final class DeviceLink {
    private static final System.Logger LOG = System.getLogger(DeviceLink.class.getName());
    /** Frames kept while reconnecting; more is a {@link ClientException} 31009. */
    private static final int OUTBOX_LIMIT = 256;

    private final Device device;
    private final URI signalUri;
    private final DeviceOptions options;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ScheduledExecutorService timers;
    private final DeviceCalls calls;
    private final DeviceStates states;

    private final Object lock = new Object();
    private final ArrayDeque<String> outbox = new ArrayDeque<>(); // guarded by lock
    private DeviceSession session; // guarded by lock; null while reconnecting
    private boolean reconnecting; // guarded by lock
    private boolean closed; // guarded by lock
    private boolean wantRegistered = true; // guarded by lock
    private boolean reconnectsHeld; // guarded by lock; a test hook

    DeviceLink(Device device, URI signalUri, DeviceOptions options, ScheduledExecutorService timers, DeviceCalls calls,
            DeviceStates states) {
        this.device = device;
        this.signalUri = signalUri;
        this.options = options;
        this.timers = timers;
        this.calls = calls;
        this.states = states;
    }

    /** Opens the first socket: listened and registered, or a {@link ClientException}. Blocks up to the timeout a step. */
    void connect() { install(open()); }

    /** A socket, listened and (when wanted) registered; blocks up to {@code timeout} a step. */
    private DeviceSession open() {
        DeviceSession s = new DeviceSession(device, this);
        s.socket = SignalSocket.open(http, signalUri, options.timeout(), options.silenceLimit(), timers, s);
        try {
            CompletableFuture<JsonNode> connected = s.expect("connected");
            s.listen(device.token());
            device.await(connected);
            boolean register;
            synchronized (lock) {
                register = wantRegistered;
            }
            if (register) {
                CompletableFuture<JsonNode> ready = s.expect("ready");
                s.socket.send(Device.frame("register", Device.registerPayload(true)));
                device.await(ready);
                s.registered = true;
            }
            return s;
        } catch (RuntimeException e) {
            s.socket.close();
            throw e;
        }
    }

    private void install(DeviceSession s) {
        synchronized (lock) {
            if (closed) {
                s.socket.close();
                return;
            }
            session = s;
            states.moveTo(s.registered ? DeviceState.REGISTERED : DeviceState.UNREGISTERED);
        }
        if (!s.socket.isOpen()) lost(s, "socket closed while connecting");
    }

    /** The socket in use, if any (none while reconnecting, after giving up, or once closed). */
    Optional<DeviceSession> current() {
        synchronized (lock) {
            return Optional.ofNullable(session);
        }
    }

    /** Records whether the device is to be registered (also on every reconnect); answers the socket in use. */
    Optional<DeviceSession> wantRegistered(boolean on) {
        synchronized (lock) {
            if (closed) throw new ClientException(31000, "the device is closed");
            wantRegistered = on;
            return Optional.ofNullable(session);
        }
    }

    /** {@code s} answered {@code ready}/{@code offline}: the state follows if {@code s} is still in use and the wish unchanged. */
    void registrationAnswered(DeviceSession s, boolean on) {
        synchronized (lock) {
            if (session == s && wantRegistered == on) states.moveTo(on ? DeviceState.REGISTERED : DeviceState.UNREGISTERED);
        }
    }

    /** A new token: a device that stopped reconnecting (its token was refused) starts again; answers whether it did. */
    boolean restartIfStopped() {
        synchronized (lock) {
            if (closed) throw new ClientException(31000, "the device is closed");
            if (session != null || reconnecting) return false;
            reconnecting = true;
            states.moveTo(DeviceState.RECONNECTING);
        }
        startReconnecting(List.of(), "token updated");
        return true;
    }

    /** Sends now, or after the reclaim while reconnecting; {@link ClientException} 31009 when neither can happen. */
    void send(String text) {
        DeviceSession s;
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

    /** {@code s} ended without {@link #close()}: calls reconnect or end, and a reconnect loop starts. */
    void lost(DeviceSession s, String why) {
        synchronized (lock) {
            if (closed || session != s) return;
            session = null;
            reconnecting = true;
            states.moveTo(DeviceState.RECONNECTING);
        }
        List<Call> reclaim = calls.live().stream().filter(c -> c.transportLost(why)).toList();
        ClientException refused = device.refusedNow();
        if (refused != null) {
            giveUp(reclaim, refused);
            return;
        }
        startReconnecting(reclaim, why);
    }

    private void startReconnecting(List<Call> reclaim, String why) {
        LOG.log(System.Logger.Level.INFO, "signalling socket lost ({0}); reconnecting", why);
        Thread.ofVirtual().name("switchboard-device-reconnect").start(() -> reconnect(reclaim));
    }

    private void reconnect(List<Call> reclaim) {
        Backoff backoff = new Backoff(Backoff.FIRST, Backoff.CAP);
        while (pause(backoff.next())) {
            DeviceSession s;
            try {
                s = open();
            } catch (RuntimeException e) {
                ClientException refused = device.refusedNow();
                if (refused != null) {
                    giveUp(reclaim, refused);
                    return;
                }
                LOG.log(System.Logger.Level.DEBUG, "reconnect failed: {0}", e.getMessage());
                continue;
            }
            resume(s, reclaim);
            return;
        }
    }

    /** The new socket carries the device: reclaim the calls still reconnecting, then send what waited, in order. */
    private void resume(DeviceSession s, List<Call> reclaim) {
        synchronized (lock) {
            if (closed) {
                s.socket.close();
                return;
            }
            session = s;
            reconnecting = false;
            states.moveTo(s.registered ? DeviceState.REGISTERED : DeviceState.UNREGISTERED);
            try {
                for (Call c : reclaim) {
                    if (!c.isReconnecting()) continue; // ended meanwhile (its deadline passed, or hung up)
                    ObjectNode p = Device.JSON.createObjectNode().put("callsid", c.sid()).put("sdp", Device.SDP)
                            .put("reconnect", c.reconnectToken());
                    p.putObject("twilio");
                    s.socket.send(Device.frame("invite", p));
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
            if (closed) return;
            reconnecting = false;
            outbox.clear();
            states.moveTo(DeviceState.UNREGISTERED);
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

    /** Drops the socket without a close frame, as a lost network does; the device reacts as to any loss. */
    void dropTransport() { current().ifPresent(s -> s.socket.abort()); }

    /** While held, reconnect attempts wait (the network stays down). */
    void holdReconnects(boolean hold) {
        synchronized (lock) {
            reconnectsHeld = hold;
            lock.notifyAll();
        }
    }

    /** Stops for good: no reconnect, nothing sent; the state becomes {@code DESTROYED}. Answers false if already closed. */
    boolean close() {
        DeviceSession s;
        synchronized (lock) {
            if (closed) return false;
            closed = true;
            s = session;
            session = null;
            reconnecting = false;
            outbox.clear();
            states.moveTo(DeviceState.DESTROYED);
            lock.notifyAll();
        }
        if (s != null) s.socket.close();
        return true;
    }
}
