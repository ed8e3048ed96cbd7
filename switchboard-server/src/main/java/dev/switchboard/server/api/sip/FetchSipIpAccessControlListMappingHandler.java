package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;

/** {@code GET /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings/{Sid}.json} (Twilio's FetchSipIpAccessControlListMapping). */
public final class FetchSipIpAccessControlListMappingHandler extends Mappings.Fetch {
    public FetchSipIpAccessControlListMappingHandler(SipStores sip) {
        super(sip, MappingRoute.IP_ACCESS_CONTROL_LIST);
    }
}
