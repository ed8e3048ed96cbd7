package dev.switchboard.server.api.recordings;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.recording.Recording;
import dev.switchboard.core.recording.RecordingFilter;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RecordingStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import dev.switchboard.server.recordings.Recordings;

/**
 * {@code POST …/Calls/{CallSid}/Recordings/{Sid}.json} with {@code Status} paused|in-progress|stopped and
 * {@code PauseBehavior} silence|skip. {@code Sid} may be {@code Twilio.CURRENT}: the call's one live
 * recording (none or several answer 20404).
 */
public final class UpdateCallRecordingHandler implements ApiHandler {
    private final RecordingStore store;
    private final Recordings recordings;

    public UpdateCallRecordingHandler(RecordingStore store, Recordings recordings) {
        this.store = store;
        this.recordings = recordings;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String status = FormFields.required(req, "Status");
        String behavior = req.param("PauseBehavior").orElse("silence");
        if (!behavior.equals("silence") && !behavior.equals("skip")) {
            throw FormFields.invalid("PauseBehavior", behavior, "must be silence or skip");
        }
        if (!status.equals("paused") && !status.equals("in-progress") && !status.equals("stopped")) {
            throw FormFields.invalid("Status", status, "must be paused, in-progress or stopped");
        }
        Recording r = target(req);
        Recording answer = switch (status) {
            case "paused" -> recordings.pause(req.accountSid(), r.sid(), behavior.equals("skip"));
            case "in-progress" -> recordings.resume(req.accountSid(), r.sid());
            default -> recordings.stop(req.accountSid(), r.sid());
        };
        return ApiResponse.ok(RecordingJson.call(answer));
    }

    private Recording target(ApiRequest req) {
        if (!req.pathParam("Sid").equals("Twilio.CURRENT")) return RecordingLookup.find(store, req);
        var live = store.list(req.accountSid(), RecordingFilter.none().withCallSid(req.pathParam("CallSid")),
                PageRequest.first(PageRequest.MAX_SIZE)).items().stream().filter(r -> r.status().live()).toList();
        if (live.size() != 1) throw new TwilioException(TwilioError.NOT_FOUND, req.path());
        return live.get(0);
    }
}
