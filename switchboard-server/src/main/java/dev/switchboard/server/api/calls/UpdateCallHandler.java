package dev.switchboard.server.api.calls;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.interpreter.CallInput;
import dev.switchboard.core.store.CallStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import dev.switchboard.server.calls.LiveCalls;
import java.util.Optional;

/**
 * {@code POST /Accounts/{AccountSid}/Calls/{Sid}.json}: redirect a live call to new TwiML
 * ({@code Url} or {@code Twiml}, interrupting the current verb) or end it: {@code Status=canceled}
 * ends only a queued or ringing call, {@code Status=completed} ends it in any live state (spec §5.1).
 * A call that has ended answers 21220.
 */
public final class UpdateCallHandler implements ApiHandler {
    private final CallStore calls;
    private final LiveCalls live;

    public UpdateCallHandler(CallStore calls, LiveCalls live) {
        this.calls = calls;
        this.live = live;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Call call = calls.find(req.accountSid(), req.pathParam("Sid")).orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        Optional<String> status = req.param("Status").filter(s -> !s.isBlank());
        Optional<String> url = FormFields.url(req, "Url", TwilioError.URL_INVALID).filter(u -> !u.isEmpty());
        Optional<String> twiml = req.param("Twiml").filter(t -> !t.isBlank());
        if (status.isPresent() && !status.get().equals("canceled") && !status.get().equals("completed")) {
            throw FormFields.invalid("Status", status.get(), "must be canceled or completed");
        }
        if (call.isTerminal() || !live.isLive(call.sid())) throw new TwilioException(TwilioError.CALL_NOT_IN_PROGRESS);
        if (status.isPresent()) {
            boolean early = call.status() == CallStatus.QUEUED || call.status() == CallStatus.RINGING;
            if (status.get().equals("completed") || early) live.offer(call.sid(), new CallInput.Complete());
        } else if (twiml.isPresent()) {
            live.offer(call.sid(), new CallInput.RedirectTwiml(twiml.get()));
        } else if (url.isPresent()) {
            String m = FormFields.method(req, "Method", TwilioError.METHOD_INVALID).orElse("POST");
            live.offer(call.sid(), new CallInput.Redirect(url.get(), CallCreateForm.method(m)));
        }
        return ApiResponse.ok(CallJson.of(calls.find(req.accountSid(), call.sid()).orElse(call)));
    }
}
