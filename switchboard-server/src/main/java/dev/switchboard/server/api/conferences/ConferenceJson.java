package dev.switchboard.server.api.conferences;

import dev.switchboard.core.conference.Conference;
import dev.switchboard.core.conference.Participant;
import dev.switchboard.server.api.ApiJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Twilio's Conference and Participant JSON, exactly their key sets (OpenAPI
 * {@code api.v2010.account.conference} and {@code ….conference.participant}, spec §5.4–5.5).
 */
public final class ConferenceJson {
    private ConferenceJson() {}

    public static String path(String accountSid, String conferenceSid) {
        return ApiJson.accountPath(accountSid) + "/Conferences/" + conferenceSid;
    }

    public static Map<String, Object> of(Conference c) {
        String path = path(c.accountSid(), c.sid());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account_sid", c.accountSid());
        m.put("date_created", ApiJson.date(c.dateCreated()));
        m.put("date_updated", ApiJson.date(c.dateUpdated()));
        m.put("api_version", "2010-04-01");
        m.put("friendly_name", c.friendlyName());
        m.put("region", c.region());
        m.put("sid", c.sid());
        m.put("status", c.status().wire());
        m.put("uri", path + ".json");
        Map<String, String> links = new LinkedHashMap<>();
        links.put("participants", path + "/Participants.json");
        links.put("recordings", path + "/Recordings.json");
        m.put("subresource_uris", links);
        m.put("reason_conference_ended", c.reasonConferenceEnded());
        m.put("call_sid_ending_conference", c.callSidEndingConference());
        return m;
    }

    /** {@code queue_time} is only given on create (spec §5.5); null elsewhere. */
    public static Map<String, Object> of(Participant p, String queueTime) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account_sid", p.accountSid());
        m.put("call_sid", p.callSid());
        m.put("label", p.label());
        m.put("call_sid_to_coach", p.callSidToCoach());
        m.put("coaching", p.coaching());
        m.put("conference_sid", p.conferenceSid());
        m.put("date_created", ApiJson.date(p.dateCreated()));
        m.put("date_updated", ApiJson.date(p.dateUpdated()));
        m.put("end_conference_on_exit", p.endConferenceOnExit());
        m.put("muted", p.muted());
        m.put("hold", p.hold());
        m.put("start_conference_on_enter", p.startConferenceOnEnter());
        m.put("status", p.status().wire());
        m.put("queue_time", queueTime);
        m.put("uri", path(p.accountSid(), p.conferenceSid()) + "/Participants/" + p.callSid() + ".json");
        return m;
    }

    public static Map<String, Object> of(Participant p) { return of(p, null); }
}
