package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;

/** {@code GET /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings/{Sid}.json} (Twilio's FetchSipAuthCallsIpAccessControlListMapping). */
public final class FetchSipAuthCallsIpAccessControlListMappingHandler extends Mappings.Fetch {
    public FetchSipAuthCallsIpAccessControlListMappingHandler(SipStores sip) {
        super(sip, MappingRoute.AUTH_CALLS_IP_ACCESS_CONTROL_LIST);
    }
}
