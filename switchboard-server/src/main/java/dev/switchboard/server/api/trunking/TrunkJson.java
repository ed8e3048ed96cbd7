package dev.switchboard.server.api.trunking;

import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.sip.TrunkListKind;
import dev.switchboard.core.sip.TrunkListMapping;
import dev.switchboard.core.sip.TrunkOriginationUrl;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.TrunkListMappingStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Twilio's JSON for the trunking resources (OpenAPI {@code trunking.v1.trunk*}), with v1 dates and absolute URLs. */
final class TrunkJson {
    private final V1Json v1;
    private final TrunkListMappingStore lists;

    TrunkJson(V1Json v1, TrunkListMappingStore lists) {
        this.v1 = v1;
        this.lists = lists;
    }

    Map<String, Object> trunk(Trunk t) {
        List<String> auth = authTypes(t);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account_sid", t.accountSid());
        m.put("domain_name", t.domainName());
        m.put("disaster_recovery_method", t.disasterRecoveryMethod());
        m.put("disaster_recovery_url", t.disasterRecoveryUrl());
        m.put("friendly_name", t.friendlyName());
        m.put("secure", t.secure());
        m.put("recording", recording(t));
        m.put("transfer_mode", t.transferMode().wire());
        m.put("transfer_caller_id", t.transferCallerId().wire());
        m.put("cnam_lookup_enabled", t.cnamLookupEnabled());
        m.put("auth_type", String.join(",", auth));
        m.put("symmetric_rtp_enabled", false);
        m.put("auth_type_set", auth);
        m.put("date_created", V1Json.date(t.dateCreated()));
        m.put("date_updated", V1Json.date(t.dateUpdated()));
        m.put("sid", t.sid());
        m.put("url", v1.trunk(t.sid()));
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("origination_urls", v1.underTrunk(t.sid(), "OriginationUrls"));
        links.put("credential_lists", v1.underTrunk(t.sid(), "CredentialLists"));
        links.put("ip_access_control_lists", v1.underTrunk(t.sid(), "IpAccessControlLists"));
        links.put("phone_numbers", v1.underTrunk(t.sid(), "PhoneNumbers"));
        m.put("links", links);
        return m;
    }

    /** {@code CREDENTIAL_LIST}, {@code IP_ACL}, both in that order (as a domain's), or none, from the associated lists. */
    private List<String> authTypes(Trunk t) {
        List<String> types = new ArrayList<>();
        if (any(t, TrunkListKind.CREDENTIAL_LIST)) types.add("CREDENTIAL_LIST");
        if (any(t, TrunkListKind.IP_ACCESS_CONTROL_LIST)) types.add("IP_ACL");
        return types;
    }

    private boolean any(Trunk t, TrunkListKind kind) {
        return !lists.list(t.accountSid(), t.sid(), kind, PageRequest.first(1)).items().isEmpty();
    }

    static Map<String, Object> recording(Trunk t) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("mode", t.recordingMode().wire());
        r.put("trim", t.recordingTrim().wire());
        return r;
    }

    Map<String, Object> originationUrl(TrunkOriginationUrl u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account_sid", u.accountSid());
        m.put("sid", u.sid());
        m.put("trunk_sid", u.trunkSid());
        m.put("weight", u.weight());
        m.put("enabled", u.enabled());
        m.put("sip_url", u.sipUrl());
        m.put("friendly_name", u.friendlyName());
        m.put("priority", u.priority());
        m.put("date_created", V1Json.date(u.dateCreated()));
        m.put("date_updated", V1Json.date(u.dateUpdated()));
        m.put("url", v1.underTrunk(u.trunkSid(), "OriginationUrls/" + u.sid()));
        return m;
    }

    /** {@code path} is the subresource: {@code CredentialLists} or {@code IpAccessControlLists}. */
    Map<String, Object> list(TrunkListMapping l, String friendlyName, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account_sid", l.accountSid());
        m.put("sid", l.listSid());
        m.put("trunk_sid", l.trunkSid());
        m.put("friendly_name", friendlyName);
        m.put("date_created", V1Json.date(l.dateCreated()));
        m.put("date_updated", V1Json.date(l.dateUpdated()));
        m.put("url", v1.underTrunk(l.trunkSid(), path + "/" + l.listSid()));
        return m;
    }

    /** A number attached to a trunk: the IncomingPhoneNumber's fields in v1 form, plus {@code trunk_sid} and links. */
    Map<String, Object> phoneNumber(IncomingPhoneNumber n) {
        Map<String, Object> caps = new LinkedHashMap<>();
        caps.put("fax", false);
        caps.put("mms", false);
        caps.put("sms", false);
        caps.put("voice", true);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account_sid", n.accountSid());
        m.put("address_requirements", "none");
        m.put("api_version", n.apiVersion());
        m.put("beta", false);
        m.put("capabilities", caps);
        m.put("date_created", V1Json.date(n.dateCreated()));
        m.put("date_updated", V1Json.date(n.dateUpdated()));
        m.put("friendly_name", n.friendlyName());
        m.put("links", Map.of("phone_number",
                v1.api2010("/2010-04-01/Accounts/" + n.accountSid() + "/IncomingPhoneNumbers/" + n.sid() + ".json")));
        m.put("phone_number", n.phoneNumber());
        m.put("sid", n.sid());
        m.put("sms_application_sid", n.smsApplicationSid());
        m.put("sms_fallback_method", n.smsFallbackMethod());
        m.put("sms_fallback_url", n.smsFallbackUrl());
        m.put("sms_method", n.smsMethod());
        m.put("sms_url", n.smsUrl());
        m.put("status_callback", n.statusCallback());
        m.put("status_callback_method", n.statusCallbackMethod());
        m.put("trunk_sid", n.trunkSid());
        m.put("url", v1.underTrunk(n.trunkSid(), "PhoneNumbers/" + n.sid()));
        m.put("voice_application_sid", n.voiceApplicationSid());
        m.put("voice_caller_id_lookup", n.voiceCallerIdLookup());
        m.put("voice_fallback_method", n.voiceFallbackMethod());
        m.put("voice_fallback_url", n.voiceFallbackUrl());
        m.put("voice_method", n.voiceMethod());
        m.put("voice_url", n.voiceUrl());
        return m;
    }
}
