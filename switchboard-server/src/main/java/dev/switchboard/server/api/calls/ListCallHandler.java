package dev.switchboard.server.api.calls;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallFilter;
import dev.switchboard.core.store.CallStore;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiJson;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.Paging;

/**
 * {@code GET /Accounts/{AccountSid}/Calls.json}, newest first, with Twilio's filters (see
 * {@link CallListFilters}); the filters sent are kept in every page URI.
 */
public final class ListCallHandler implements ApiHandler {
    private final CallStore calls;

    public ListCallHandler(CallStore calls) { this.calls = calls; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        PageRequest pr = Paging.request(req);
        CallFilter filter = CallListFilters.from(req);
        var page = calls.list(req.accountSid(), filter, pr);
        return ApiResponse.ok(Paging.envelope("calls", page, pr,
                ApiJson.accountPath(req.accountSid()) + "/Calls.json",
                Paging.filters(req, CallListFilters.NAMES), CallJson::of, Call::sid));
    }
}
