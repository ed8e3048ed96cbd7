package dev.switchboard.server.api.trunking;

import dev.switchboard.core.store.SipStores;
import java.time.Clock;

/** {@code POST /v1/Trunks/{TrunkSid}/IpAccessControlLists} (Twilio's CreateIpAccessControlList). */
public final class CreateIpAccessControlListHandler extends TrunkLists.Create {
    CreateIpAccessControlListHandler(SipStores sip, TrunkJson json, Clock clock) {
        super(sip, json, clock, TrunkLists.Kind.IP_ACCESS_CONTROL_LIST);
    }
}
