package dev.switchboard.server.api.trunking;

import dev.switchboard.core.store.TrunkStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET /v1/Trunks/{Sid}} (Twilio's FetchTrunk). */
public final class FetchTrunkHandler implements ApiHandler {
    private final TrunkStore trunks;
    private final TrunkJson json;

    FetchTrunkHandler(TrunkStore trunks, TrunkJson json) {
        this.trunks = trunks;
        this.json = json;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return trunks.find(req.accountSid(), req.pathParam("Sid")).map(t -> ApiResponse.ok(json.trunk(t)))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
