package dev.switchboard.server.api.recordings;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.recording.RecordingStatus;
import dev.switchboard.core.store.RecordingStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.recordings.RecordingFiles;

/**
 * {@code GET …/Recordings/{Sid}} (and {@code .wav}) as {@code audio/x-wav}, {@code .mp3} as {@code audio/mpeg}.
 * Behind HTTP Basic auth like every route (docs/rest-api.md "Recordings"); a recording that is not
 * {@code completed}, or has no file, answers 404/20404 as on Twilio.
 */
public final class FetchRecordingMediaHandler implements ApiHandler {
    private final RecordingStore store;
    private final RecordingFiles files;
    private final RecordingFiles.Format format;

    public FetchRecordingMediaHandler(RecordingStore store, RecordingFiles files, RecordingFiles.Format format) {
        this.store = store;
        this.files = files;
        this.format = format;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        var r = RecordingLookup.find(store, req);
        if (r.status() != RecordingStatus.COMPLETED) throw new TwilioException(TwilioError.NOT_FOUND, req.path());
        return files.find(r.sid(), format)
                .map(p -> new ApiResponse(200, new ApiResponse.Media(format.contentType(), p)))
                .orElseThrow(() -> new TwilioException(TwilioError.NOT_FOUND, req.path()));
    }
}
