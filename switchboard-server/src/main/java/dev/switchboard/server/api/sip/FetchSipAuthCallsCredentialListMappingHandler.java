package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;

/** {@code GET /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings/{Sid}.json} (Twilio's FetchSipAuthCallsCredentialListMapping). */
public final class FetchSipAuthCallsCredentialListMappingHandler extends Mappings.Fetch {
    public FetchSipAuthCallsCredentialListMappingHandler(SipStores sip) {
        super(sip, MappingRoute.AUTH_CALLS_CREDENTIAL_LIST);
    }
}
