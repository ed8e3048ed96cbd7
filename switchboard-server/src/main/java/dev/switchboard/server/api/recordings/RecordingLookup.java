package dev.switchboard.server.api.recordings;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.recording.Recording;
import dev.switchboard.core.store.RecordingStore;
import dev.switchboard.server.api.ApiRequest;

/** The recording a path names: {@code {Sid}} in the path account, and under {@code {CallSid}} when the path has one; else 20404. */
final class RecordingLookup {
    private RecordingLookup() {}

    static Recording find(RecordingStore store, ApiRequest req) {
        String sid = req.pathParam("Sid");
        String callSid = req.pathParams().get("CallSid");
        return store.find(req.accountSid(), sid)
                .filter(r -> callSid == null || r.callSid().equals(callSid))
                .orElseThrow(() -> new TwilioException(TwilioError.NOT_FOUND, req.path()));
    }
}
