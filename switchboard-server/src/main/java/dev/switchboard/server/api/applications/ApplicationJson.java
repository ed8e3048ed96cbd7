package dev.switchboard.server.api.applications;

import dev.switchboard.core.account.Application;
import dev.switchboard.server.api.ApiJson;
import java.util.LinkedHashMap;
import java.util.Map;

/** Twilio's Application JSON. */
final class ApplicationJson {
    private ApplicationJson() {}

    static Map<String, Object> of(Application a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account_sid", a.accountSid());
        m.put("api_version", a.apiVersion());
        m.put("date_created", ApiJson.date(a.dateCreated()));
        m.put("date_updated", ApiJson.date(a.dateUpdated()));
        m.put("friendly_name", a.friendlyName());
        m.put("message_status_callback", ApiJson.text(a.messageStatusCallback()));
        m.put("sid", a.sid());
        m.put("sms_fallback_method", a.smsFallbackMethod());
        m.put("sms_fallback_url", ApiJson.text(a.smsFallbackUrl()));
        m.put("sms_method", a.smsMethod());
        m.put("sms_status_callback", ApiJson.text(a.smsStatusCallback()));
        m.put("sms_url", ApiJson.text(a.smsUrl()));
        m.put("status_callback", ApiJson.text(a.statusCallback()));
        m.put("status_callback_method", a.statusCallbackMethod());
        m.put("uri", ApiJson.accountPath(a.accountSid()) + "/Applications/" + a.sid() + ".json");
        m.put("voice_caller_id_lookup", a.voiceCallerIdLookup());
        m.put("voice_fallback_method", a.voiceFallbackMethod());
        m.put("voice_fallback_url", ApiJson.text(a.voiceFallbackUrl()));
        m.put("voice_method", a.voiceMethod());
        m.put("voice_url", ApiJson.text(a.voiceUrl()));
        m.put("public_application_connect_enabled", a.publicApplicationConnectEnabled());
        return m;
    }
}
