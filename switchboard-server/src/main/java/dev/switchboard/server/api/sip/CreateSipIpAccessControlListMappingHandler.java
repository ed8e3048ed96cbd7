package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;
import java.time.Clock;

/** {@code POST /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings.json} (Twilio's CreateSipIpAccessControlListMapping). */
public final class CreateSipIpAccessControlListMappingHandler extends Mappings.Create {
    public CreateSipIpAccessControlListMappingHandler(SipStores sip, Clock clock) {
        super(sip, clock, MappingRoute.IP_ACCESS_CONTROL_LIST);
    }
}
