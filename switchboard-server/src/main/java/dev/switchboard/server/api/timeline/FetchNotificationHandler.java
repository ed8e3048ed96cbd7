package dev.switchboard.server.api.timeline;

import dev.switchboard.core.store.CallTimelineStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET /Accounts/{AccountSid}/Notifications/{Sid}.json}; another account's or an unknown SID is 20404. */
public final class FetchNotificationHandler implements ApiHandler {
    private final CallTimelineStore timelines;

    public FetchNotificationHandler(CallTimelineStore timelines) { this.timelines = timelines; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return timelines.notification(req.accountSid(), req.pathParam("Sid"))
                .map(e -> ApiResponse.ok(NotificationJson.ofAccount(e, true)))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
