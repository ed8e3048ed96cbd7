package dev.switchboard.server.api.timeline;

import dev.switchboard.core.store.CallStore;
import dev.switchboard.core.store.CallTimelineStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET /Accounts/{AccountSid}/Calls/{CallSid}/Notifications/{Sid}.json}; a notification of another call is 20404. */
public final class FetchCallNotificationHandler implements ApiHandler {
    private final CallStore calls;
    private final CallTimelineStore timelines;

    public FetchCallNotificationHandler(CallStore calls, CallTimelineStore timelines) {
        this.calls = calls;
        this.timelines = timelines;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String callSid = CallLookup.requireCall(calls, req);
        return timelines.notification(req.accountSid(), req.pathParam("Sid"))
                .filter(e -> e.callSid().equals(callSid))
                .map(e -> ApiResponse.ok(NotificationJson.ofCall(e, true)))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
