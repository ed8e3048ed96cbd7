package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;

/** {@code GET /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings.json} (Twilio's ListSipAuthCallsCredentialListMapping). */
public final class ListSipAuthCallsCredentialListMappingHandler extends Mappings.List {
    public ListSipAuthCallsCredentialListMappingHandler(SipStores sip) {
        super(sip, MappingRoute.AUTH_CALLS_CREDENTIAL_LIST);
    }
}
