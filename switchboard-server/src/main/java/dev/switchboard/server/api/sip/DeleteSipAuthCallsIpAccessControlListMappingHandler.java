package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;

/** {@code DELETE /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/IpAccessControlListMappings/{Sid}.json} (Twilio's DeleteSipAuthCallsIpAccessControlListMapping). */
public final class DeleteSipAuthCallsIpAccessControlListMappingHandler extends Mappings.Delete {
    public DeleteSipAuthCallsIpAccessControlListMappingHandler(SipStores sip) {
        super(sip, MappingRoute.AUTH_CALLS_IP_ACCESS_CONTROL_LIST);
    }
}
