package dev.switchboard.server.api.recordings;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import dev.switchboard.server.recordings.Recordings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code POST …/Calls/{CallSid}/Recordings.json}: starts recording a live call ({@code RecordingChannels}
 * mono|dual, {@code RecordingTrack} inbound|outbound|both, {@code Trim}, {@code RecordingStatusCallback*}).
 * Every parameter is checked before anything is written; 201 with {@code in-progress}.
 */
public final class CreateCallRecordingHandler implements ApiHandler {
    private static final Set<String> EVENTS = Set.of("in-progress", "completed", "absent");
    private final Recordings recordings;

    public CreateCallRecordingHandler(Recordings recordings) { this.recordings = recordings; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        int channels = switch (req.param("RecordingChannels").orElse("mono")) {
            case "mono" -> 1;
            case "dual" -> 2;
            default -> throw FormFields.invalid("RecordingChannels", req.param("RecordingChannels").get(), "must be mono or dual");
        };
        String track = req.param("RecordingTrack").orElse("both");
        if (!Set.of("inbound", "outbound", "both").contains(track)) {
            throw FormFields.invalid("RecordingTrack", track, "must be inbound, outbound or both");
        }
        String trim = req.param("Trim").orElse("do-not-trim");
        if (!trim.equals("trim-silence") && !trim.equals("do-not-trim")) {
            throw FormFields.invalid("Trim", trim, "must be trim-silence or do-not-trim");
        }
        String url = FormFields.url(req, "RecordingStatusCallback", TwilioError.URL_INVALID).map(FormFields::blankToNull).orElse(null);
        String method = FormFields.method(req, "RecordingStatusCallbackMethod", TwilioError.METHOD_INVALID).orElse("POST");
        List<String> events = new ArrayList<>();
        for (String value : req.params("RecordingStatusCallbackEvent")) {
            for (String e : value.trim().split("[\\s,]+")) {
                if (e.isEmpty()) continue;
                if (!EVENTS.contains(e)) throw FormFields.invalid("RecordingStatusCallbackEvent", e, "must be in-progress, completed or absent");
                if (!events.contains(e)) events.add(e);
            }
        }
        if (events.isEmpty()) events.add("completed");
        var r = recordings.start(req.accountSid(), req.pathParam("CallSid"), channels, track,
                new Recordings.Callback(url, method, events));
        return ApiResponse.created(RecordingJson.call(r));
    }
}
