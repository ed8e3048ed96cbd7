package dev.switchboard.server.api.conferences;

import dev.switchboard.core.store.Stores;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET /Accounts/{AccountSid}/Conferences/{Sid}.json}. */
public final class FetchConferenceHandler implements ApiHandler {
    private final Stores stores;

    public FetchConferenceHandler(Stores stores) { this.stores = stores; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return ApiResponse.ok(ConferenceJson.of(ConferenceLookup.conference(stores, req, "Sid")));
    }
}
