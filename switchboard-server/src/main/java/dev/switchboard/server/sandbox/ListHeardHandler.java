package dev.switchboard.server.sandbox;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.sandbox.HeardEvent;
import dev.switchboard.core.sandbox.SimulatedPhoneNetwork;
import dev.switchboard.core.webhook.Rfc2822;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /sandbox/Calls/{CallSid}/Heard.json}: what the simulated phone on that call heard and
 * did, in order: {@code {"call_sid", "heard": [{"type": "SaidText", "at": …, "text", "voice", …}]}}.
 */
final class ListHeardHandler implements ApiHandler {
    private final SimulatedPhoneNetwork network;
    private final SandboxCalls calls;

    ListHeardHandler(SimulatedPhoneNetwork network, SandboxCalls calls) {
        this.network = network;
        this.calls = calls;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Call call = calls.find(req);
        List<Map<String, Object>> heard = network.heard(call.sid()).stream().map(ListHeardHandler::json).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("call_sid", call.sid());
        body.put("heard", heard);
        return ApiResponse.ok(body);
    }

    /** Each event's record components, snake_cased; instants as RFC 2822 plus epoch millis, durations in seconds. */
    static Map<String, Object> json(HeardEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", e.getClass().getSimpleName());
        for (RecordComponent c : e.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(e);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
            String key = c.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
            if (v instanceof Instant i) {
                m.put(key, Rfc2822.format(i));
                m.put(key + "_ms", i.toEpochMilli());
            } else if (v instanceof Duration d) {
                m.put(key, d.toMillis() / 1000.0);
            } else {
                m.put(key, v == null ? null : v.toString());
            }
        }
        return m;
    }
}
