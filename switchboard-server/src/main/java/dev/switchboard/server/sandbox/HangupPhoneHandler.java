package dev.switchboard.server.sandbox;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sandbox.SimulatedPhoneNetwork;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.util.Map;

/** {@code POST /sandbox/Calls/{CallSid}/Hangup.json}: the phone on that live call hangs up. */
final class HangupPhoneHandler implements ApiHandler {
    private final SimulatedPhoneNetwork network;
    private final SandboxCalls calls;

    HangupPhoneHandler(SimulatedPhoneNetwork network, SandboxCalls calls) {
        this.network = network;
        this.calls = calls;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Call call = calls.find(req);
        if (!network.hangup(call.sid())) throw new TwilioException(TwilioError.CALL_NOT_IN_PROGRESS);
        return ApiResponse.ok(Map.of("call_sid", call.sid(), "hung_up", true));
    }
}
