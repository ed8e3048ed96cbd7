package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;

/** {@code DELETE /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings/{Sid}.json} (Twilio's DeleteSipCredentialListMapping). */
public final class DeleteSipCredentialListMappingHandler extends Mappings.Delete {
    public DeleteSipCredentialListMappingHandler(SipStores sip) {
        super(sip, MappingRoute.CREDENTIAL_LIST);
    }
}
