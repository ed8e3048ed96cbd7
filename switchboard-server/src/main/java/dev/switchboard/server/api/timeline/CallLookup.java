package dev.switchboard.server.api.timeline;

import dev.switchboard.core.store.CallStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiRequest;

/** The call named by {@code {CallSid}} must be the account's: an unknown or foreign SID answers 20404. */
final class CallLookup {
    private CallLookup() {}

    static String requireCall(CallStore calls, ApiRequest req) {
        String callSid = req.pathParam("CallSid");
        calls.find(req.accountSid(), callSid).orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        return callSid;
    }
}
