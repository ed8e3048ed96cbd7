package dev.switchboard.server.sandbox;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sandbox.SimulatedPhoneNetwork;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import java.util.Map;

/** {@code POST /sandbox/Calls/{CallSid}/Digits.json} ({@code Digits}): the phone on that live call presses keys. */
final class PressDigitsHandler implements ApiHandler {
    private final SimulatedPhoneNetwork network;
    private final SandboxCalls calls;

    PressDigitsHandler(SimulatedPhoneNetwork network, SandboxCalls calls) {
        this.network = network;
        this.calls = calls;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Call call = calls.find(req);
        String digits = FormFields.required(req, "Digits");
        if (!network.press(call.sid(), digits)) throw new TwilioException(TwilioError.CALL_NOT_IN_PROGRESS);
        return ApiResponse.ok(Map.of("call_sid", call.sid(), "digits", digits));
    }
}
