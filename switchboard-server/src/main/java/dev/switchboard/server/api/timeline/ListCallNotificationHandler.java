package dev.switchboard.server.api.timeline;

import dev.switchboard.core.call.ErrorRaised;
import dev.switchboard.core.store.CallStore;
import dev.switchboard.core.store.CallTimelineStore;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiJson;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.Paging;
import java.util.Map;
import java.util.Optional;

/** {@code GET /Accounts/{AccountSid}/Calls/{CallSid}/Notifications.json}: the call's errors and warnings, newest first. */
public final class ListCallNotificationHandler implements ApiHandler {
    private final CallStore calls;
    private final CallTimelineStore timelines;

    public ListCallNotificationHandler(CallStore calls, CallTimelineStore timelines) {
        this.calls = calls;
        this.timelines = timelines;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String callSid = CallLookup.requireCall(calls, req);
        PageRequest pr = Paging.request(req);
        var page = timelines.notifications(req.accountSid(), Optional.of(callSid), pr);
        return ApiResponse.ok(Paging.envelope("notifications", page, pr,
                ApiJson.accountPath(req.accountSid()) + "/Calls/" + callSid + "/Notifications.json", Map.of(),
                e -> NotificationJson.ofCall(e, false), ErrorRaised::notificationSid));
    }
}
