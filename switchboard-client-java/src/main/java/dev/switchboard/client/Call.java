package dev.switchboard.client;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One call of a {@link Device}. Thread-safe; listeners run on the device's callback virtual thread,
 * in the order the events happened.
 */
public class Call {
    /** The SDK's {@code SignalingErrors.ConnectionDisconnected}, which {@code reconnecting} carries. */
    static final int SIGNALLING_DISCONNECTED = 53001;
    /** The SDK's {@code GeneralErrors.ConnectionError}. */
    static final int CONNECTION_ERROR = 31005;

    final Device device;
    private volatile String sid;
    private final List<CallEvent> history = new ArrayList<>();
    private final List<Consumer<CallEvent>> listeners = new ArrayList<>();
    private boolean accepted;
    private boolean reconnecting;
    private boolean ended;
    private int reconnects; // counts RECONNECTING episodes, so a deadline only ends the episode it was set for
    private String reconnectToken = "";

    Call(Device device, String sid) {
        this.device = device;
        this.sid = sid;
    }

    /** The call's sid: a temporary {@code TJS…} id until {@code RINGING}, then the real {@code CA…} sid. */
    public String sid() { return sid; }

    void sid(String real) { this.sid = real; }

    public synchronized boolean isEnded() { return ended; }

    /** Whether the device is reconnecting its socket and has not reclaimed this call yet. */
    public synchronized boolean isReconnecting() { return reconnecting; }

    /** Sends each {@code 0-9 * #} as DTMF; while reconnecting they are sent once the call is reclaimed. */
    public void sendDigits(String digits) {
        device.send("dtmf", Device.JSON.createObjectNode().put("callsid", sid).put("dtmf", digits));
    }

    /** Hangs up (or stops ringing); the only event that follows is {@code DISCONNECTED}. */
    public void hangup() {
        if (isEnded()) return;
        try {
            device.send("hangup", Device.JSON.createObjectNode().put("callsid", sid));
        } finally {
            emit(CallEvent.Type.DISCONNECTED, 0, null);
        }
    }

    /** Adds a listener; events that already happened are replayed to it first, in order. */
    public void onEvent(Consumer<CallEvent> listener) {
        List<CallEvent> past;
        synchronized (this) {
            listeners.add(listener);
            past = List.copyOf(history);
        }
        past.forEach(e -> device.callback(() -> listener.accept(e)));
    }

    // --- driven by the device ---

    /** This side accepted (an incoming call): answers whether it was the first time. */
    boolean markAccepted() {
        synchronized (this) {
            if (ended || accepted) return false;
            accepted = true;
        }
        emit(CallEvent.Type.ACCEPTED, 0, null);
        return true;
    }

    /**
     * An {@code answer} frame: keeps its reconnect token (the SDK keeps one from any answer, call.ts
     * {@code _onAnswer}); it opens an outgoing call, and ends a reconnect.
     */
    void answered(String token) {
        CallEvent.Type type;
        synchronized (this) {
            if (ended) return;
            if (!token.isEmpty()) reconnectToken = token;
            if (reconnecting) {
                reconnecting = false;
                type = CallEvent.Type.RECONNECTED;
            } else if (!accepted) {
                accepted = true;
                type = CallEvent.Type.ACCEPTED;
            } else {
                return;
            }
        }
        emit(type, 0, null);
    }

    /**
     * The socket dropped. A call that is up and holds a reconnect token starts reconnecting
     * ({@code RECONNECTING} 53001, once, with the device's call reconnect deadline running) and answers
     * true: it is to be reclaimed. Any other live call ends ({@code DISCONNECTED} 31005), as in the SDK's
     * {@code _onTransportClose}.
     */
    boolean transportLost(String why) {
        boolean reclaim;
        int episode;
        synchronized (this) {
            if (ended) return false;
            reclaim = accepted && !reconnectToken.isEmpty();
            if (reclaim && reconnecting) return true;
            reconnecting = reclaim;
            episode = ++reconnects;
        }
        if (reclaim) {
            emit(CallEvent.Type.RECONNECTING, SIGNALLING_DISCONNECTED, "signalling connection lost: " + why);
            device.afterCallReconnectTimeout(() -> reconnectTimedOut(episode));
        } else {
            emit(CallEvent.Type.DISCONNECTED, CONNECTION_ERROR, "signalling connection lost: " + why);
        }
        return reclaim;
    }

    /** The call reconnect deadline of episode {@code episode} passed: if it is still reconnecting, it ends here. */
    private void reconnectTimedOut(int episode) {
        synchronized (this) {
            if (ended || !reconnecting || episode != reconnects) return;
            reconnecting = false; // a late answer is ignored from now on (accepted, not reconnecting)
        }
        failed(CONNECTION_ERROR, "could not reconnect the call within " + device.options().callReconnectTimeout());
    }

    synchronized String reconnectToken() { return reconnectToken; }

    /** The call ended with an error: {@code ERROR}, then {@code DISCONNECTED} with the same code. */
    void failed(int code, String message) {
        emit(CallEvent.Type.ERROR, code, message);
        emit(CallEvent.Type.DISCONNECTED, code, message);
    }

    void emit(CallEvent.Type type, int code, String message) {
        CallEvent e;
        List<Consumer<CallEvent>> now;
        synchronized (this) {
            if (ended) return;
            if (type.isFinal()) {
                ended = true;
                reconnecting = false;
            }
            e = new CallEvent(type, sid, code, message);
            history.add(e);
            now = List.copyOf(listeners);
        }
        if (type.isFinal()) device.forget(this);
        now.forEach(l -> device.callback(() -> l.accept(e)));
    }
}
