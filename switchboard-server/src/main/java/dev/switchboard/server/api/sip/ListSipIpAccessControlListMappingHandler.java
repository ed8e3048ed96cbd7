package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;

/** {@code GET /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings.json} (Twilio's ListSipIpAccessControlListMapping). */
public final class ListSipIpAccessControlListMappingHandler extends Mappings.List {
    public ListSipIpAccessControlListMappingHandler(SipStores sip) {
        super(sip, MappingRoute.IP_ACCESS_CONTROL_LIST);
    }
}
