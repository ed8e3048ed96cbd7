package dev.switchboard.server.api.bins;

import dev.switchboard.core.account.TwimlBin;
import dev.switchboard.server.api.ApiJson;
import java.util.LinkedHashMap;
import java.util.Map;

/** The TwimlBin JSON: Switchboard's own resource, shaped like Twilio's 2010-04-01 resources. */
final class TwimlBinJson {
    private TwimlBinJson() {}

    /** Where a bin is served: {@code {publicUrl}/twiml/{sid}}, as Twilio's {@code handler.twilio.com/twiml/EH…}. */
    static String url(String publicUrl, String sid) {
        return publicUrl + "/twiml/" + sid;
    }

    static Map<String, Object> of(TwimlBin b, String publicUrl) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account_sid", b.accountSid());
        m.put("date_created", ApiJson.date(b.dateCreated()));
        m.put("date_updated", ApiJson.date(b.dateUpdated()));
        m.put("friendly_name", b.friendlyName());
        m.put("sid", b.sid());
        m.put("twiml", b.template());
        m.put("uri", ApiJson.accountPath(b.accountSid()) + "/TwimlBins/" + b.sid() + ".json");
        m.put("url", url(publicUrl, b.sid()));
        return m;
    }
}
