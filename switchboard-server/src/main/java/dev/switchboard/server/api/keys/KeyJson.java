package dev.switchboard.server.api.keys;

import dev.switchboard.core.account.ApiKey;
import dev.switchboard.server.api.ApiJson;
import java.util.LinkedHashMap;
import java.util.Map;

/** Twilio's Key JSON; the secret appears only in the create response ({@code NewKey}). */
final class KeyJson {
    private KeyJson() {}

    static Map<String, Object> of(ApiKey k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sid", k.sid());
        m.put("friendly_name", k.friendlyName());
        m.put("date_created", ApiJson.date(k.dateCreated()));
        m.put("date_updated", ApiJson.date(k.dateUpdated()));
        return m;
    }

    static Map<String, Object> withSecret(ApiKey k) {
        Map<String, Object> m = of(k);
        m.put("secret", k.secret());
        return m;
    }
}
