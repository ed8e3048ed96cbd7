package dev.switchboard.server.api.recordings;

import dev.switchboard.core.recording.Recording;
import dev.switchboard.core.recording.RecordingStatus;
import dev.switchboard.core.webhook.RecordingStatusParams;
import dev.switchboard.server.api.ApiJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Twilio's Recording JSON (twilio-java {@code account.Recording} and {@code account.call.Recording}):
 * the account resource adds {@code media_url} and {@code subresource_uris}; the call resource adds
 * {@code track}. The account resource shows a live recording as {@code processing}, as Twilio's does.
 */
public final class RecordingJson {
    private RecordingJson() {}

    public static Map<String, Object> account(Recording r, String publicUrl) {
        Map<String, Object> m = common(r, r.status().live() || r.status() == RecordingStatus.STOPPED
                ? RecordingStatus.PROCESSING : r.status());
        String path = ApiJson.accountPath(r.accountSid()) + "/Recordings/" + r.sid();
        m.put("uri", path + ".json");
        m.put("subresource_uris", Map.of("add_on_results", path + "/AddOnResults.json",
                "transcriptions", path + "/Transcriptions.json"));
        m.put("media_url", RecordingStatusParams.mediaUrl(publicUrl, r.accountSid(), r.sid()));
        return m;
    }

    public static Map<String, Object> call(Recording r) {
        Map<String, Object> m = common(r, r.status());
        m.put("uri", ApiJson.accountPath(r.accountSid()) + "/Calls/" + r.callSid() + "/Recordings/" + r.sid() + ".json");
        m.put("track", r.track());
        return m;
    }

    private static Map<String, Object> common(Recording r, RecordingStatus shown) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account_sid", r.accountSid());
        m.put("api_version", "2010-04-01");
        m.put("call_sid", r.callSid());
        m.put("conference_sid", r.conferenceSid());
        m.put("date_created", ApiJson.date(r.dateCreated()));
        m.put("date_updated", ApiJson.date(r.dateUpdated()));
        m.put("start_time", ApiJson.date(r.startTime()));
        m.put("duration", r.duration() == null ? null : Integer.toString(r.duration()));
        m.put("sid", r.sid());
        m.put("price", r.price());
        m.put("price_unit", "USD");
        m.put("status", shown.wire());
        m.put("channels", r.channels());
        m.put("source", r.source().wire());
        m.put("error_code", r.errorCode());
        m.put("encryption_details", null);
        return m;
    }
}
