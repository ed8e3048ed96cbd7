package dev.switchboard.server.api.trunking;

import dev.switchboard.core.store.SipStores;

/** {@code GET /v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}} (Twilio's FetchIpAccessControlList). */
public final class FetchIpAccessControlListHandler extends TrunkLists.Fetch {
    FetchIpAccessControlListHandler(SipStores sip, TrunkJson json) {
        super(sip, json, TrunkLists.Kind.IP_ACCESS_CONTROL_LIST);
    }
}
