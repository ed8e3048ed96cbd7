package dev.switchboard.server.api.conferences;

import dev.switchboard.core.store.Stores;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET …/Conferences/{ConferenceSid}/Participants/{CallSid}.json}; {@code CallSid} may be the participant's label. */
public final class FetchParticipantHandler implements ApiHandler {
    private final Stores stores;

    public FetchParticipantHandler(Stores stores) { this.stores = stores; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return ApiResponse.ok(ConferenceJson.of(ConferenceLookup.participant(stores, req)));
    }
}
