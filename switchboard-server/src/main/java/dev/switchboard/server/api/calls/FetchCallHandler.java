package dev.switchboard.server.api.calls;

import dev.switchboard.core.store.CallStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET /Accounts/{AccountSid}/Calls/{Sid}.json}; another account's or an unknown SID is 20404. */
public final class FetchCallHandler implements ApiHandler {
    private final CallStore calls;

    public FetchCallHandler(CallStore calls) { this.calls = calls; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return calls.find(req.accountSid(), req.pathParam("Sid"))
                .map(c -> ApiResponse.ok(CallJson.of(c)))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
