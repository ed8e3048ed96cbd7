package dev.switchboard.server.api.trunking;

import dev.switchboard.core.store.SipStores;

/** {@code DELETE /v1/Trunks/{TrunkSid}/IpAccessControlLists/{Sid}} (Twilio's DeleteIpAccessControlList). */
public final class DeleteIpAccessControlListHandler extends TrunkLists.Delete {
    DeleteIpAccessControlListHandler(SipStores sip) {
        super(sip, TrunkLists.Kind.IP_ACCESS_CONTROL_LIST);
    }
}
