package dev.switchboard.server.api.timeline;

import dev.switchboard.core.store.CallStore;
import dev.switchboard.core.store.CallTimelineStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.util.Map;

/**
 * {@code GET /Accounts/{AccountSid}/Calls/{CallSid}/Timeline.json}: Switchboard's own resource, not
 * Twilio's. Every entry of the call's timeline in sequence order, unpaged:
 * {@code {"timeline": [...]}} (see {@link TimelineJson}).
 */
public final class FetchCallTimelineHandler implements ApiHandler {
    private final CallStore calls;
    private final CallTimelineStore timelines;

    public FetchCallTimelineHandler(CallStore calls, CallTimelineStore timelines) {
        this.calls = calls;
        this.timelines = timelines;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String callSid = CallLookup.requireCall(calls, req);
        return ApiResponse.ok(Map.of("timeline",
                timelines.list(req.accountSid(), callSid).stream().map(TimelineJson::of).toList()));
    }
}
