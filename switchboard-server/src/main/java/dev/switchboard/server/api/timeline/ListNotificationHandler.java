package dev.switchboard.server.api.timeline;

import dev.switchboard.core.call.ErrorRaised;
import dev.switchboard.core.store.CallTimelineStore;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiJson;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.Paging;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /Accounts/{AccountSid}/Notifications.json}: every call's errors and warnings, newest
 * first. Twilio's {@code Log} and {@code MessageDate} filters are not supported yet (ignored).
 */
public final class ListNotificationHandler implements ApiHandler {
    private final CallTimelineStore timelines;

    public ListNotificationHandler(CallTimelineStore timelines) { this.timelines = timelines; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        PageRequest pr = Paging.request(req);
        var page = timelines.notifications(req.accountSid(), Optional.empty(), pr);
        return ApiResponse.ok(Paging.envelope("notifications", page, pr,
                ApiJson.accountPath(req.accountSid()) + "/Notifications.json", Map.of(),
                e -> NotificationJson.ofAccount(e, false), ErrorRaised::notificationSid));
    }
}
