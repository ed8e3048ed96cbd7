package dev.switchboard.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A device's live calls by sid (an outgoing call under its {@code TJS…} id and, from
 * {@code ringing} on, its {@code CA…} sid) and what the call frames do to them: {@code invite},
 * {@code ringing}, {@code answer}, {@code cancel}, {@code hangup}. Thread-safe.
 */
final class DeviceCalls {
    private final Device device;
    private final Map<String, Call> bySid = new ConcurrentHashMap<>();
    /** Outgoing calls whose {@code ringing} (with the real sid) has not come yet, oldest first. */
    private final ArrayDeque<Call> awaitingSid = new ArrayDeque<>();

    DeviceCalls(Device device) { this.device = device; }

    /** An outgoing call about to send its {@code invite}; {@code send} runs while it is first in line for a sid. */
    void placing(Call call, Runnable send) {
        bySid.put(call.sid(), call);
        synchronized (awaitingSid) {
            awaitingSid.add(call);
            send.run();
        }
    }

    void forget(Call call) {
        bySid.values().removeIf(c -> c == call);
        synchronized (awaitingSid) {
            awaitingSid.remove(call);
        }
    }

    /** Each live call once. */
    List<Call> live() { return List.copyOf(new LinkedHashSet<>(bySid.values())); }

    /** A frame from the server; types that are not about calls are ignored. */
    void onFrame(String type, JsonNode p, Consumer<IncomingCall> onIncoming) {
        String sid = p.path("callsid").asText("");
        switch (type) {
            case "invite" -> {
                Map<String, String> params = new LinkedHashMap<>();
                p.path("parameters").properties().forEach(en -> params.put(en.getKey(), en.getValue().asText()));
                IncomingCall in = new IncomingCall(device, sid, params);
                bySid.put(sid, in);
                device.callback(() -> onIncoming.accept(in));
            }
            case "ringing" -> {
                Call c = bySid.get(sid);
                if (c == null) {
                    synchronized (awaitingSid) { c = awaitingSid.poll(); }
                    if (c == null) return;
                    c.sid(sid);
                    bySid.put(sid, c);
                }
                c.emit(CallEvent.Type.RINGING, 0, null);
            }
            case "answer" -> {
                Call c = bySid.get(sid);
                if (c != null) {
                    c.answered(p.path("reconnect").asText(""));
                } else if (p.has("reconnect")) {
                    device.hangUpAbandoned(sid); // a reclaim answered after the call ended here (its deadline passed)
                }
            }
            case "cancel" -> {
                Call c = bySid.get(sid);
                if (c != null) c.emit(CallEvent.Type.CANCELLED, 0, null);
            }
            case "hangup" -> {
                Call c = bySid.get(sid);
                if (c == null) return;
                int code = p.path("error").path("code").asInt(0);
                if (code != 0) {
                    c.failed(code, p.path("error").path("message").asText(""));
                } else {
                    c.emit(CallEvent.Type.DISCONNECTED, 0, null);
                }
            }
            default -> { }
        }
    }
}
