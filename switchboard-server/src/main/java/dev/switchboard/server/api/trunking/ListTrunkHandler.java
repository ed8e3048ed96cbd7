package dev.switchboard.server.api.trunking;

import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.TrunkStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.Paging;

/** {@code GET /v1/Trunks} (Twilio's ListTrunk): oldest first, list key {@code trunks}. */
public final class ListTrunkHandler implements ApiHandler {
    private final TrunkStore trunks;
    private final TrunkJson json;
    private final V1Json v1;

    ListTrunkHandler(TrunkStore trunks, TrunkJson json, V1Json v1) {
        this.trunks = trunks;
        this.json = json;
        this.v1 = v1;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        PageRequest pr = Paging.request(req);
        return ApiResponse.ok(V1Paging.envelope("trunks", trunks.list(req.accountSid(), pr), pr, v1.trunks(), json::trunk,
                Trunk::sid));
    }
}
