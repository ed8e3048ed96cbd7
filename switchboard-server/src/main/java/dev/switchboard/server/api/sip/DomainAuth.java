package dev.switchboard.server.api.sip;

import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.sip.SipMappingKind;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.SipStores;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A domain's JSON with its {@code auth_type}, which follows from what is mapped to it for calls (spec §1.4):
 * {@code ""} with nothing mapped, {@code CREDENTIAL_LIST}, {@code IP_ACL}, or both as
 * {@code CREDENTIAL_LIST,IP_ACL} (the order observed on Twilio). Registration mappings do not count.
 */
final class DomainAuth {
    private DomainAuth() {}

    static Map<String, Object> json(SipStores sip, SipDomain d) {
        return SipJson.of(d, authType(sip, d));
    }

    static String authType(SipStores sip, SipDomain d) {
        List<String> types = new ArrayList<>();
        if (mapped(sip, d, SipMappingKind.CALLS_CREDENTIAL_LIST)) types.add("CREDENTIAL_LIST");
        if (mapped(sip, d, SipMappingKind.CALLS_IP_ACCESS_CONTROL_LIST)) types.add("IP_ACL");
        return String.join(",", types);
    }

    private static boolean mapped(SipStores sip, SipDomain d, SipMappingKind kind) {
        return !sip.mappings().list(d.accountSid(), d.sid(), kind, PageRequest.first(1)).items().isEmpty();
    }
}
