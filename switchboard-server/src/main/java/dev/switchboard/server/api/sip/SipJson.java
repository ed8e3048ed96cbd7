package dev.switchboard.server.api.sip;

import dev.switchboard.core.sip.SipCredential;
import dev.switchboard.core.sip.SipCredentialList;
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
}
