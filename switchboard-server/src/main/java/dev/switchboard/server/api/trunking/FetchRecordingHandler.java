package dev.switchboard.server.api.trunking;

import dev.switchboard.core.store.TrunkStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET /v1/Trunks/{TrunkSid}/Recording} (Twilio's FetchRecording): {@code {"mode", "trim"}}. Settings only: nothing records yet. */
public final class FetchRecordingHandler implements ApiHandler {
    private final TrunkStore trunks;

    FetchRecordingHandler(TrunkStore trunks) {
        this.trunks = trunks;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return ApiResponse.ok(TrunkJson.recording(TrunkLookup.trunk(trunks, req)));
    }
}
