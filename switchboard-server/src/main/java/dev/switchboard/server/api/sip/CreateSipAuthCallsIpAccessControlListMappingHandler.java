package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;
import java.time.Clock;

/** {@code POST /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings.json} (Twilio's CreateSipAuthCallsIpAccessControlListMapping). */
public final class CreateSipAuthCallsIpAccessControlListMappingHandler extends Mappings.Create {
    public CreateSipAuthCallsIpAccessControlListMappingHandler(SipStores sip, Clock clock) {
        super(sip, clock, MappingRoute.AUTH_CALLS_IP_ACCESS_CONTROL_LIST);
    }
}
