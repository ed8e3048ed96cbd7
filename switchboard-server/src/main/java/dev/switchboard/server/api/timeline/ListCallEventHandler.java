package dev.switchboard.server.api.timeline;

import dev.switchboard.core.call.WebhookExchange;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.store.CallStore;
import dev.switchboard.core.store.CallTimelineStore;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiJson;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.Paging;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /Accounts/{AccountSid}/Calls/{CallSid}/Events.json}: the call's webhook exchanges in
 * the order they happened, as Twilio's Call Events. Events have no SID; the page token is
 * {@code PAEV} + the timeline sequence of the last event of the previous page.
 */
public final class ListCallEventHandler implements ApiHandler {
    private static final String TOKEN_PREFIX = "EV";

    private final CallStore calls;
    private final CallTimelineStore timelines;

    public ListCallEventHandler(CallStore calls, CallTimelineStore timelines) {
        this.calls = calls;
        this.timelines = timelines;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String callSid = CallLookup.requireCall(calls, req);
        PageRequest pr = Paging.request(req);
        long after = pr.afterSid().map(ListCallEventHandler::sequenceOf).orElse(0L);
        List<WebhookExchange> events = timelines.list(req.accountSid(), callSid).stream()
                .<WebhookExchange>mapMulti((e, out) -> {
                    if (e instanceof WebhookExchange w && w.sequence() > after) out.accept(w);
                })
                .toList();
        int from = (int) Math.min(events.size(), (long) pr.offset());
        int to = Math.min(events.size(), from + pr.pageSize());
        Page<WebhookExchange> page = new Page<>(events.subList(from, to), to < events.size());
        return ApiResponse.ok(Paging.envelope("events", page, pr,
                ApiJson.accountPath(req.accountSid()) + "/Calls/" + callSid + "/Events.json", Map.of(),
                EventJson::of, e -> TOKEN_PREFIX + e.sequence()));
    }

    private static long sequenceOf(String token) {
        try {
            if (!token.startsWith(TOKEN_PREFIX)) throw new NumberFormatException();
            return Long.parseLong(token.substring(TOKEN_PREFIX.length()));
        } catch (NumberFormatException e) {
            throw new TwilioException(TwilioError.INVALID_PAGE_TOKEN, "PA" + token);
        }
    }
}
