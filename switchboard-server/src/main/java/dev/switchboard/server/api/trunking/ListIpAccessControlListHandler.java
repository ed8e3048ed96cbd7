package dev.switchboard.server.api.trunking;

import dev.switchboard.core.store.SipStores;

/** {@code GET /v1/Trunks/{TrunkSid}/IpAccessControlLists} (Twilio's ListIpAccessControlList). */
public final class ListIpAccessControlListHandler extends TrunkLists.List {
    ListIpAccessControlListHandler(SipStores sip, TrunkJson json, V1Json v1) {
        super(sip, json, v1, TrunkLists.Kind.IP_ACCESS_CONTROL_LIST);
    }
}
