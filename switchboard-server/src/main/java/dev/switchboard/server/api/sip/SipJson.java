package dev.switchboard.server.api.sip;

import dev.switchboard.core.sip.SipCredential;
import dev.switchboard.core.sip.SipCredentialList;
import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.sip.SipIpAccessControlList;
import dev.switchboard.core.sip.SipIpAddress;
import dev.switchboard.server.api.ApiJson;
import java.util.LinkedHashMap;
import java.util.Map;

/** Twilio's JSON for the SIP resources (OpenAPI {@code api.v2010.account.sip.*}); never a password or hash. */
final class SipJson {
    private SipJson() {}

    static Map<String, Object> of(SipCredentialList l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account_sid", l.accountSid());
        m.put("date_created", ApiJson.date(l.dateCreated()));
        m.put("date_updated", ApiJson.date(l.dateUpdated()));
        m.put("friendly_name", l.friendlyName());
        m.put("sid", l.sid());
        m.put("subresource_uris", Map.of("credentials", SipPaths.credentials(l.accountSid(), l.sid())));
        m.put("uri", SipPaths.credentialList(l.accountSid(), l.sid()));
        return m;
    }

    static Map<String, Object> of(SipCredential c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sid", c.sid());
        m.put("account_sid", c.accountSid());
        m.put("credential_list_sid", c.credentialListSid());
        m.put("username", c.username());
        m.put("date_created", ApiJson.date(c.dateCreated()));
        m.put("date_updated", ApiJson.date(c.dateUpdated()));
        m.put("uri", SipPaths.credential(c.accountSid(), c.credentialListSid(), c.sid()));
        return m;
    }

    static Map<String, Object> of(SipIpAccessControlList l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sid", l.sid());
        m.put("account_sid", l.accountSid());
        m.put("friendly_name", l.friendlyName());
        m.put("date_created", ApiJson.date(l.dateCreated()));
        m.put("date_updated", ApiJson.date(l.dateUpdated()));
        m.put("subresource_uris", Map.of("ip_addresses", SipPaths.ipAddresses(l.accountSid(), l.sid())));
        m.put("uri", SipPaths.ipAccessControlList(l.accountSid(), l.sid()));
        return m;
    }

    static Map<String, Object> of(SipIpAddress a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sid", a.sid());
        m.put("account_sid", a.accountSid());
        m.put("friendly_name", a.friendlyName());
        m.put("ip_address", a.ipAddress());
        m.put("cidr_prefix_length", a.cidrPrefixLength());
        m.put("ip_access_control_list_sid", a.ipAccessControlListSid());
        m.put("date_created", ApiJson.date(a.dateCreated()));
        m.put("date_updated", ApiJson.date(a.dateUpdated()));
        m.put("uri", SipPaths.ipAddress(a.accountSid(), a.ipAccessControlListSid(), a.sid()));
        return m;
    }

    /** {@code authType}: {@code ""}, {@code IP_ACL}, {@code CREDENTIAL_LIST} or both, from the domain's call mappings. */
    static Map<String, Object> of(SipDomain d, String authType) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account_sid", d.accountSid());
        m.put("api_version", "2010-04-01");
        m.put("auth_type", authType);
        m.put("date_created", ApiJson.date(d.dateCreated()));
        m.put("date_updated", ApiJson.date(d.dateUpdated()));
        m.put("domain_name", d.domainName());
        m.put("friendly_name", d.friendlyName());
        m.put("sid", d.sid());
        m.put("uri", SipPaths.domain(d.accountSid(), d.sid()));
        m.put("voice_fallback_method", d.voiceFallbackMethod());
        m.put("voice_fallback_url", d.voiceFallbackUrl());
        m.put("voice_method", d.voiceMethod());
        m.put("voice_status_callback_method", d.voiceStatusCallbackMethod());
        m.put("voice_status_callback_url", d.voiceStatusCallbackUrl());
        m.put("voice_url", d.voiceUrl());
        Map<String, Object> sub = new LinkedHashMap<>();
        sub.put("credential_list_mappings", SipPaths.underDomain(d.accountSid(), d.sid(), "CredentialListMappings.json"));
        sub.put("ip_access_control_list_mappings",
                SipPaths.underDomain(d.accountSid(), d.sid(), "IpAccessControlListMappings.json"));
        m.put("subresource_uris", sub);
        m.put("sip_registration", d.sipRegistration());
        m.put("emergency_calling_enabled", d.emergencyCallingEnabled());
        m.put("secure", d.secure());
        m.put("byoc_trunk_sid", d.byocTrunkSid());
        m.put("emergency_caller_sid", d.emergencyCallerSid());
        return m;
    }
}
