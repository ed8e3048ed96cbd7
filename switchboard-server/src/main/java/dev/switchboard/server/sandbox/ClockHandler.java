package dev.switchboard.server.sandbox;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.VirtualCallClock;
import dev.switchboard.core.webhook.Rfc2822;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET|POST /sandbox/Clock.json}: the call clock. On a virtual clock, {@code Hold=true}
 * stops idle time from being skipped (so a test can act on live calls between steps),
 * {@code Advance=<seconds>} moves held time forward in order, {@code Hold=false} lets it run on.
 * On the system clock only GET answers; changing it is refused.
 */
final class ClockHandler implements ApiHandler {
    private final CallClock clock;

    ClockHandler(CallClock clock) { this.clock = clock; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        if (req.method().equals("POST")) {
            if (!(clock instanceof VirtualCallClock v)) {
                throw new TwilioException(TwilioError.PARAMETER_INVALID, "the clock is not virtual (start with --clock virtual)");
            }
            FormFields.bool(req, "Hold").ifPresent(h -> {
                if (h && !v.isHeld()) v.hold();
                if (!h) while (v.isHeld()) v.release();
            });
            req.param("Advance").filter(a -> !a.isBlank()).ifPresent(a -> v.advance(seconds(a)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mode", clock instanceof VirtualCallClock ? "virtual" : "system");
        body.put("now", Rfc2822.format(clock.now()));
        body.put("now_ms", clock.now().toEpochMilli());
        body.put("held", clock instanceof VirtualCallClock v && v.isHeld());
        return ApiResponse.ok(body);
    }

    private static Duration seconds(String value) {
        try {
            double s = Double.parseDouble(value.trim());
            if (s < 0 || s > 86_400 || Double.isNaN(s)) throw new NumberFormatException();
            return Duration.ofMillis(Math.round(s * 1000));
        } catch (NumberFormatException e) {
            throw FormFields.invalid("Advance", value, "must be seconds between 0 and 86400");
        }
    }
}
