package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;

/** {@code GET /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings.json} (Twilio's ListSipAuthCallsIpAccessControlListMapping). */
public final class ListSipAuthCallsIpAccessControlListMappingHandler extends Mappings.List {
    public ListSipAuthCallsIpAccessControlListMappingHandler(SipStores sip) {
        super(sip, MappingRoute.AUTH_CALLS_IP_ACCESS_CONTROL_LIST);
    }
}
