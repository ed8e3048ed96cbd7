package dev.switchboard.client;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** One call of a {@link Device}. Thread-safe; listeners run on the device's callback virtual thread. */
public class Call {
    final Device device;
    private volatile String sid;
    private final List<CallEvent> history = new ArrayList<>();
    private final List<Consumer<CallEvent>> listeners = new ArrayList<>();
    private volatile boolean ended;

    Call(Device device, String sid) {
        this.device = device;
        this.sid = sid;
    }

    /** The call's sid: a temporary {@code TJS…} id until {@code ringing}, then the real {@code CA…} sid. */
    public String sid() { return sid; }

    void sid(String real) { this.sid = real; }

    public boolean isEnded() { return ended; }

    /** Sends each {@code 0-9 * #} as DTMF. */
    public void sendDigits(String digits) {
        device.send("dtmf", Device.JSON.createObjectNode().put("callsid", sid).put("dtmf", digits));
    }

    /** Hangs up (or stops ringing); no event follows for one's own hang-up except {@code DISCONNECTED}. */
    public void hangup() {
        if (ended) return;
        device.send("hangup", Device.JSON.createObjectNode().put("callsid", sid));
        event(new CallEvent(CallEvent.Type.DISCONNECTED, sid, 0, null));
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

    void event(CallEvent e) {
        List<Consumer<CallEvent>> now;
        synchronized (this) {
            if (ended) return;
            if (e.type() != CallEvent.Type.RINGING && e.type() != CallEvent.Type.ACCEPTED) {
                ended = true;
                device.forget(this);
            }
            history.add(e);
            now = List.copyOf(listeners);
        }
        now.forEach(l -> device.callback(() -> l.accept(e)));
    }
}
