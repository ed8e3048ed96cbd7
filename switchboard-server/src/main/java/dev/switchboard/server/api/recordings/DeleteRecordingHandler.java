package dev.switchboard.server.api.recordings;

import dev.switchboard.core.store.RecordingStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.recordings.Recordings;

/** {@code DELETE …/Recordings/{Sid}.json} (and under {@code Calls/{CallSid}}): 204, the files go too; a live one answers 20009. */
public final class DeleteRecordingHandler implements ApiHandler {
    private final RecordingStore store;
    private final Recordings recordings;

    public DeleteRecordingHandler(RecordingStore store, Recordings recordings) {
        this.store = store;
        this.recordings = recordings;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        var r = RecordingLookup.find(store, req);
        recordings.delete(req.accountSid(), r.sid());
        return ApiResponse.noContent();
    }
}
