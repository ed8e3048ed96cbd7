package dev.switchboard.server.sandbox;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.calls.CallJson;
import dev.switchboard.server.calls.CallPlacer;
import dev.switchboard.core.webhook.FormParams;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code POST /sandbox/Calls.json} ({@code From}, {@code To}, optional {@code ForwardedFrom} and
 * {@code X-…} headers): a
 * simulated phone calls a number an account owns. The call runs that number's application or
 * voice URL, the first request carrying {@code CallStatus=ringing}. Answers the call's JSON.
 */
final class PlaceInboundCallHandler implements ApiHandler {
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{1,14}$");
    private final CallPlacer placer;

    PlaceInboundCallHandler(CallPlacer placer) { this.placer = placer; }

    /**
     * SIP-style custom headers: each {@code X-Name=value} (or {@code SipHeader_X-Name=value}) sent to
     * this endpoint reaches the app as {@code SipHeader_X-Name}, as Twilio delivers INVITE X- headers.
     */
    static FormParams sipHeaders(ApiRequest req) {
        FormParams.Builder b = FormParams.builder();
        req.params().forEach((name, values) -> {
            String header = name.startsWith("SipHeader_") ? name.substring("SipHeader_".length()) : name;
            if (header.regionMatches(true, 0, "X-", 0, 2) && header.length() > 2) {
                for (String v : values) b.add("SipHeader_" + header, v);
            }
        });
        return b.build();
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String from = req.param("From").filter(v -> !v.isBlank()).orElseThrow(() -> new TwilioException(TwilioError.FROM_REQUIRED)).trim();
        String to = req.param("To").filter(v -> !v.isBlank()).orElseThrow(() -> new TwilioException(TwilioError.TO_REQUIRED)).trim();
        if (!E164.matcher(from).matches()) throw new TwilioException(TwilioError.FROM_INVALID, from);
        if (!E164.matcher(to).matches()) throw new TwilioException(TwilioError.TO_INVALID, to);
        Call call = placer.inbound(from, to, req.param("ForwardedFrom").filter(v -> !v.isBlank()), Optional.empty(),
                        sipHeaders(req))
                .orElseThrow(() -> new TwilioException(TwilioError.TO_INVALID, to + " (no account owns this number)"));
        return ApiResponse.created(CallJson.of(call));
    }
}
