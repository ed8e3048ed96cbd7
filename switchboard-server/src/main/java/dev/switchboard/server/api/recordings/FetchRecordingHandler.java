package dev.switchboard.server.api.recordings;

import dev.switchboard.core.store.RecordingStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET …/Recordings/{Sid}.json} and, with {@code perCall}, {@code GET …/Calls/{CallSid}/Recordings/{Sid}.json}. */
public final class FetchRecordingHandler implements ApiHandler {
    private final RecordingStore store;
    private final String publicUrl;
    private final boolean perCall;

    public FetchRecordingHandler(RecordingStore store, String publicUrl, boolean perCall) {
        this.store = store;
        this.publicUrl = publicUrl;
        this.perCall = perCall;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        var r = RecordingLookup.find(store, req);
        return ApiResponse.ok(perCall ? RecordingJson.call(r) : RecordingJson.account(r, publicUrl));
    }
}
