package dev.switchboard.server.api.calls;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.store.CallStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/**
 * {@code DELETE /Accounts/{AccountSid}/Calls/{Sid}.json}: removes a finished call's record (204).
 * A call that is still queued, ringing or in progress is refused with 20009 "Cannot delete this
 * resource before it is complete" (https://www.twilio.com/docs/api/errors/20009: "If you are
 * attempting to delete a call, wait until the call is completed"); the record stays. A finished
 * call never becomes live again, so checking before deleting is race-free.
 */
public final class DeleteCallHandler implements ApiHandler {
    private final CallStore calls;

    public DeleteCallHandler(CallStore calls) { this.calls = calls; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String sid = req.pathParam("Sid");
        Call call = calls.find(req.accountSid(), sid).orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        if (!call.isTerminal()) throw new TwilioException(TwilioError.RESOURCE_NOT_COMPLETE);
        // A concurrent DELETE may win between find and delete: then 20404, as for any unknown SID.
        if (!calls.delete(req.accountSid(), sid)) throw ApiDispatcher.notFound(req.path());
        return ApiResponse.noContent();
    }
}
