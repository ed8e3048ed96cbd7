package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;

/** {@code GET /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings/{Sid}.json} (Twilio's FetchSipCredentialListMapping). */
public final class FetchSipCredentialListMappingHandler extends Mappings.Fetch {
    public FetchSipCredentialListMappingHandler(SipStores sip) {
        super(sip, MappingRoute.CREDENTIAL_LIST);
    }
}
