package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;

/** {@code DELETE /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/IpAccessControlListMappings/{Sid}.json} (Twilio's DeleteSipIpAccessControlListMapping). */
public final class DeleteSipIpAccessControlListMappingHandler extends Mappings.Delete {
    public DeleteSipIpAccessControlListMappingHandler(SipStores sip) {
        super(sip, MappingRoute.IP_ACCESS_CONTROL_LIST);
    }
}
