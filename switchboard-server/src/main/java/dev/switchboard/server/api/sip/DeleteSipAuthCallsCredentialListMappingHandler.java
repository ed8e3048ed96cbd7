package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;

/** {@code DELETE /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings/{Sid}.json} (Twilio's DeleteSipAuthCallsCredentialListMapping). */
public final class DeleteSipAuthCallsCredentialListMappingHandler extends Mappings.Delete {
    public DeleteSipAuthCallsCredentialListMappingHandler(SipStores sip) {
        super(sip, MappingRoute.AUTH_CALLS_CREDENTIAL_LIST);
    }
}
