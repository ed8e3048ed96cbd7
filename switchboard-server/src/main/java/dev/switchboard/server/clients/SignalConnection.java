package dev.switchboard.server.clients;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.error.TwilioError;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One device's signalling socket: the protocol state machine of
 * /work/shared/spec/voice-sdk-signalling.md. {@code listen} (token checked) → {@code connected};
 * {@code register} → {@code ready} / {@code offline}; the calls it is rung for and the calls it
 * carries. Frames are handled one at a time on the socket's own virtual thread
 * ({@link SignalEndpoint}); sends may come from any thread.
 */
public final class SignalConnection {
    private static final Logger LOG = LoggerFactory.getLogger(SignalConnection.class);

    /** The socket: send a text frame, close with a WebSocket status code. */
    public interface Transport {
        void send(String text);

        void close(int status, String reason);
    }

    private final Transport transport;
    private final SignalContext ctx;
    private final Map<String, ClientRing> rings = new ConcurrentHashMap<>();
    private final Map<String, ClientLeg> legs = new ConcurrentHashMap<>();
    /** Calls this device won whose leg the ringing call has not adopted yet, and those it hung up meanwhile. */
    private final Set<String> answering = ConcurrentHashMap.newKeySet();
    private final Set<String> hungUpWhileAnswering = ConcurrentHashMap.newKeySet();
    private volatile AccessToken token;
    private volatile boolean registered;
    private volatile boolean closed;
    private final AtomicBoolean gone = new AtomicBoolean();
    /** When the device last sent anything, its heartbeat echo included. */
    private volatile Instant lastHeard;

    SignalConnection(Transport transport, SignalContext ctx) {
        this.transport = transport;
        this.ctx = ctx;
        this.lastHeard = ctx.clock().instant();
    }

    public Optional<AccessToken> token() { return Optional.ofNullable(token); }

    public boolean isOpen() { return !closed; }

    /**
     * Whether this socket can be rung now: open, and heard from within the silence limit (every SDK
     * echoes the {@code "\n"} heartbeat, so silence past it means a frozen page or a dead path).
     */
    public boolean isLive() {
        return !closed && !Duration.between(lastHeard, ctx.clock().instant()).minus(ctx.silenceLimit()).isPositive();
    }

    /** One text frame from the device. Bad input answers an {@code error} frame and closes the socket. */
    void onText(String text) {
        lastHeard = ctx.clock().instant();
        if (closed || SignalFrame.isHeartbeat(text)) return;
        try {
            handle(SignalFrame.decode(text));
        } catch (SignalRefused e) {
            refuse(e.error().code(), e.getMessage(), e.error() == TwilioError.SIGNAL_BAD_REQUEST ? 1009 : 1008);
        } catch (TokenRejected e) {
            refuse(e.signalCode(), e.getMessage(), 1008);
        } catch (RuntimeException e) {
            LOG.error("signalling frame failed", e);
            refuse(TwilioError.SIGNAL_BAD_REQUEST.code(), "Bad Request: the frame could not be handled", 1011);
        }
    }

    private void handle(SignalFrame f) {
        switch (f.type()) {
            case "listen" -> listen(f);
            case "register" -> register(f);
            case "answer" -> withCall(f, () -> Optional.ofNullable(rings.get(f.text("callsid"))).ifPresent(this::answer));
            case "reject" -> withCall(f, () -> Optional.ofNullable(rings.remove(f.text("callsid"))).ifPresent(r -> r.reject(this)));
            case "hangup" -> withCall(f, () -> hangup(f.text("callsid")));
            case "dtmf" -> withCall(f, () -> Optional.ofNullable(legs.get(f.text("callsid"))).ifPresent(l -> l.digits(f.text("dtmf"))));
            case "invite" -> withCall(f, () -> invite(f));
            case "reinvite", "message" -> LOG.debug("ignoring {} (no media, no call messages)", f.type());
            default -> throw new SignalRefused(TwilioError.SIGNAL_MALFORMED, "unknown frame type " + f.type());
        }
    }

    private void listen(SignalFrame f) {
        AccessToken t = ctx.verifier().verify(f.text("token"), ctx.clock().instant());
        AccessToken old = token;
        if (old != null && registered && (!old.identity().equals(t.identity()) || !old.accountSid().equals(t.accountSid()))) {
            ctx.registry().unregister(old.accountSid(), old.identity(), this);
            registered = false;
        }
        token = t;
        ObjectNode p = SignalFrame.object();
        p.put("region", "switchboard");
        p.put("edge", "switchboard");
        ObjectNode tok = p.putObject("token");
        tok.put("identity", t.identity());
        tok.put("ttl", Math.max(0, t.expiresAt().getEpochSecond() - ctx.clock().instant().getEpochSecond()));
        send(new SignalFrame("connected", p));
    }

    private void register(SignalFrame f) {
        AccessToken t = requireToken();
        boolean audio = f.payload().path("media").path("audio").asBoolean(false);
        if (audio) {
            if (t.incomingAllow() && !t.identity().isEmpty()) {
                ctx.registry().register(t.accountSid(), t.identity(), this);
                registered = true;
            }
            send(SignalFrame.of("ready"));
        } else {
            ctx.registry().unregister(t.accountSid(), t.identity(), this);
            registered = false;
            send(SignalFrame.of("offline"));
        }
    }

    private void answer(ClientRing ring) {
        answering.add(ring.callSid); // before the ringing call can wake and adopt the leg
        if (ring.answer(this)) {
            rings.remove(ring.callSid);
        } else {
            answering.remove(ring.callSid);
        }
    }

    private void hangup(String callSid) {
        ClientRing ring = rings.remove(callSid);
        if (ring != null) ring.reject(this);
        ClientLeg leg;
        synchronized (legs) {
            leg = legs.get(callSid);
            if (leg == null && answering.contains(callSid)) {
                hungUpWhileAnswering.add(callSid); // the leg is not adopted yet: it ends as soon as it is
                return;
            }
        }
        if (leg != null) leg.remoteHangup("device hung up");
    }

    private void invite(SignalFrame f) {
        AccessToken t = requireToken();
        String reconnect = f.text("reconnect");
        if (!reconnect.isEmpty()) {
            reconnect(t, f, reconnect);
            return;
        }
        ctx.originator().originate(this, t, f.text("callsid"), f.text("sdp"), f.payload().path("twilio").path("params").asText(""));
    }

    private void reconnect(AccessToken t, SignalFrame f, String reconnectToken) {
        Optional<ClientLeg> found = ctx.registry().byReconnectToken(reconnectToken)
                .filter(l -> !l.isEnded() && l.callSid().equals(f.text("callsid"))
                        && l.connection().token().map(o -> o.accountSid().equals(t.accountSid())
                                && o.identity().equals(t.identity())).orElse(false));
        if (found.isEmpty()) {
            send(hangupWithError(f.text("callsid"), 31005, "Connection error: the call to reconnect is gone"));
            return;
        }
        ClientLeg leg = found.get();
        leg.connection().legs.values().removeIf(l -> l == leg);
        leg.rebind(this);
        legs.put(leg.callSid(), leg);
        SignalFrame answer = leg.answerFrame();
        if (leg.deviceIsCaller()) answer.payload().put("sdp", NoMediaSdp.answer(f.text("sdp")));
        send(answer);
        LOG.info("call {}: client reconnected", leg.callSid());
    }

    private void withCall(SignalFrame f, Runnable action) {
        if (f.text("callsid").isEmpty()) throw new SignalRefused(TwilioError.SIGNAL_MALFORMED, f.type() + " without callsid");
        action.run();
    }

    private AccessToken requireToken() {
        AccessToken t = token;
        if (t == null) throw new SignalRefused(TwilioError.SIGNAL_NOT_AUTHORIZED, "send listen with a valid token first");
        if (!t.expiresAt().isAfter(ctx.clock().instant())) {
            throw new TokenRejected(TwilioError.ACCESS_TOKEN_EXPIRED, 31205, "expired at " + t.expiresAt());
        }
        return t;
    }

    // --- called by rings, legs and the originator ---

    void ringing(ClientRing ring, SignalFrame invite) {
        rings.put(ring.callSid, ring);
        send(invite);
    }

    void cancelled(ClientRing ring) {
        if (rings.remove(ring.callSid) != null) send(SignalFrame.forCall("cancel", ring.callSid));
    }

    void adopt(ClientLeg leg) {
        boolean hungUp;
        synchronized (legs) {
            legs.put(leg.callSid(), leg);
            answering.remove(leg.callSid());
            hungUp = hungUpWhileAnswering.remove(leg.callSid());
        }
        ctx.registry().remember(leg);
        if (hungUp) {
            leg.remoteHangup("device hung up right after answering");
        } else if (closed) {
            awaitReconnect(leg); // the socket dropped between the answer and now
        }
    }

    /** This device won the ring, but the caller gave up before the call could adopt it: it gets a {@code hangup}. */
    void abandoned(String callSid) {
        synchronized (legs) {
            answering.remove(callSid);
            hungUpWhileAnswering.remove(callSid);
        }
        send(SignalFrame.forCall("hangup", callSid));
    }

    /** This device won the ring: it carries the call and gets the reconnect token at once. */
    void won(ClientLeg leg) {
        adopt(leg);
        if (!leg.isEnded()) send(leg.answerFrame());
    }

    /** Another id the device uses for the same call (the {@code TJS…} of an outgoing call). */
    void alias(String tempId, ClientLeg leg) { legs.put(tempId, leg); }

    void forget(ClientLeg leg) {
        legs.values().removeIf(l -> l == leg);
        ctx.registry().forget(leg);
    }

    static SignalFrame hangupWithError(String callSid, int code, String message) {
        SignalFrame f = SignalFrame.forCall("hangup", callSid);
        ObjectNode e = f.payload().putObject("error");
        e.put("code", code);
        e.put("message", message);
        return f;
    }

    public void send(SignalFrame frame) { sendText(frame.encode()); }

    void sendText(String text) {
        if (closed) return;
        synchronized (this) {
            try {
                transport.send(text);
            } catch (RuntimeException e) {
                LOG.debug("send failed: {}", e.toString());
            }
        }
    }

    /** Answers an {@code error} frame and closes the socket; other sockets are untouched. */
    void refuse(int code, String message, int closeStatus) {
        LOG.info("signalling: refusing device ({} {})", code, message);
        send(SignalFrame.error(code, message, null));
        closed = true;
        try {
            transport.close(closeStatus, message.length() > 100 ? message.substring(0, 100) : message);
        } catch (RuntimeException ignored) {
            // already gone
        }
    }

    /**
     * The device fell silent past the limit: it is gone as if its socket had closed (unregistered,
     * its rings rejected, its calls waiting for a reconnect), and the socket is closed with 4000.
     */
    void dropSilent() {
        if (gone.get()) return;
        LOG.info("signalling: no heartbeat from a device for over {} s; dropping its socket", ctx.silenceLimit().toSeconds());
        onClosed();
        try {
            transport.close(4000, "heartbeat timeout");
        } catch (RuntimeException ignored) {
            // already gone
        }
    }

    /** The socket is gone: unregister, ringing counts as rejected, carried calls wait for a reconnect. Idempotent. */
    void onClosed() {
        closed = true;
        if (!gone.compareAndSet(false, true)) return;
        AccessToken t = token;
        if (t != null) ctx.registry().unregister(t.accountSid(), t.identity(), this);
        for (ClientRing r : rings.values()) r.reject(this);
        rings.clear();
        for (ClientLeg leg : new java.util.HashSet<>(legs.values())) awaitReconnect(leg);
    }

    /** The call stays up for the grace period; unless a reconnect moved it to another socket by then, it ends. */
    private void awaitReconnect(ClientLeg leg) {
        ctx.grace().schedule(() -> {
            if (leg.connection() == this) leg.remoteHangup("socket closed and no reconnect within the grace period");
        });
    }
}
