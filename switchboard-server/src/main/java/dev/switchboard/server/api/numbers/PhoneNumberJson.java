package dev.switchboard.server.api.numbers;

import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.server.api.ApiJson;
import java.util.LinkedHashMap;
import java.util.Map;

/** Twilio's IncomingPhoneNumber JSON. Numbers in the sandbox are voice-capable and always in-use. */
final class PhoneNumberJson {
    private PhoneNumberJson() {}

    static Map<String, Object> of(IncomingPhoneNumber n) {
        String uri = ApiJson.accountPath(n.accountSid()) + "/IncomingPhoneNumbers/" + n.sid();
        Map<String, Object> caps = new LinkedHashMap<>();
        caps.put("fax", false);
        caps.put("mms", false);
        caps.put("sms", false);
        caps.put("voice", true);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account_sid", n.accountSid());
        m.put("address_requirements", "none");
        m.put("address_sid", null);
        m.put("api_version", n.apiVersion());
        m.put("beta", false);
        m.put("bundle_sid", null);
        m.put("capabilities", caps);
        m.put("date_created", ApiJson.date(n.dateCreated()));
        m.put("date_updated", ApiJson.date(n.dateUpdated()));
        m.put("emergency_address_sid", null);
        m.put("emergency_address_status", "unregistered");
        m.put("emergency_status", "Inactive");
        m.put("friendly_name", n.friendlyName());
        m.put("identity_sid", null);
        m.put("origin", "twilio");
        m.put("phone_number", n.phoneNumber());
        m.put("sid", n.sid());
        m.put("sms_application_sid", ApiJson.text(n.smsApplicationSid()));
        m.put("sms_fallback_method", n.smsFallbackMethod());
        m.put("sms_fallback_url", ApiJson.text(n.smsFallbackUrl()));
        m.put("sms_method", n.smsMethod());
        m.put("sms_url", ApiJson.text(n.smsUrl()));
        m.put("status", "in-use");
        m.put("status_callback", ApiJson.text(n.statusCallback()));
        m.put("status_callback_method", n.statusCallbackMethod());
        m.put("subresource_uris", Map.of("assigned_add_ons", uri + "/AssignedAddOns.json"));
        m.put("trunk_sid", n.trunkSid());
        m.put("uri", uri + ".json");
        m.put("voice_application_sid", ApiJson.text(n.voiceApplicationSid()));
        m.put("voice_caller_id_lookup", n.voiceCallerIdLookup());
        m.put("voice_fallback_method", n.voiceFallbackMethod());
        m.put("voice_fallback_url", ApiJson.text(n.voiceFallbackUrl()));
        m.put("voice_method", n.voiceMethod());
        m.put("voice_receive_mode", "voice");
        m.put("voice_url", ApiJson.text(n.voiceUrl()));
        return m;
    }
}
