package dev.switchboard.server.api.calls;

import dev.switchboard.core.call.Call;
import dev.switchboard.server.api.ApiJson;
import dev.switchboard.server.api.numbers.FriendlyNumber;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Twilio's Call JSON, exactly its key set (OpenAPI {@code api.v2010.account.call}). {@code duration},
 * {@code price} and {@code queue_time} are strings; unset values are {@code null}.
 * {@code to_formatted}/{@code from_formatted} show NANP numbers as {@code (415) 867-5309} and
 * anything else (other countries, {@code client:}, {@code sip:}) as stored. {@code annotation} is
 * always {@code null}: Switchboard has no call annotations.
 */
public final class CallJson {
    /** The call subresources Twilio links, in its order: JSON key → path segment. */
    private static final Map<String, String> SUBRESOURCES = subresources();

    private CallJson() {}

    public static Map<String, Object> of(Call c) {
        String path = ApiJson.accountPath(c.accountSid()) + "/Calls/" + c.sid();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sid", c.sid());
        m.put("date_created", ApiJson.date(c.dateCreated()));
        m.put("date_updated", ApiJson.date(c.dateUpdated()));
        m.put("parent_call_sid", c.parentCallSid());
        m.put("account_sid", c.accountSid());
        m.put("to", c.to());
        m.put("to_formatted", FriendlyNumber.format(c.to()));
        m.put("from", c.from());
        m.put("from_formatted", FriendlyNumber.format(c.from()));
        m.put("phone_number_sid", c.phoneNumberSid());
        m.put("status", c.status().wire());
        m.put("start_time", ApiJson.date(c.startTime()));
        m.put("end_time", ApiJson.date(c.endTime()));
        m.put("duration", c.duration() == null ? null : c.duration().toString());
        m.put("price", c.price());
        m.put("price_unit", c.priceUnit());
        m.put("direction", c.direction().wire());
        m.put("answered_by", c.answeredBy());
        m.put("api_version", c.apiVersion());
        m.put("forwarded_from", c.forwardedFrom());
        m.put("group_sid", c.groupSid());
        m.put("caller_name", c.callerName());
        m.put("queue_time", Long.toString(c.queueTimeMs()));
        m.put("trunk_sid", c.trunkSid());
        m.put("uri", path + ".json");
        Map<String, String> links = new LinkedHashMap<>();
        SUBRESOURCES.forEach((key, segment) -> links.put(key, path + "/" + segment + ".json"));
        m.put("subresource_uris", links);
        m.put("annotation", null);
        return m;
    }

    private static Map<String, String> subresources() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("notifications", "Notifications");
        s.put("recordings", "Recordings");
        s.put("payments", "Payments");
        s.put("events", "Events");
        s.put("siprec", "Siprec");
        s.put("streams", "Streams");
        s.put("transcriptions", "Transcriptions");
        s.put("user_defined_message_subscriptions", "UserDefinedMessageSubscriptions");
        s.put("user_defined_messages", "UserDefinedMessages");
        return Collections.unmodifiableMap(s);
    }
}
