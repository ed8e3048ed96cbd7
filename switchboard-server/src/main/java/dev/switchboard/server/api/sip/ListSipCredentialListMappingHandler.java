package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;

/** {@code GET /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings.json} (Twilio's ListSipCredentialListMapping). */
public final class ListSipCredentialListMappingHandler extends Mappings.List {
    public ListSipCredentialListMappingHandler(SipStores sip) {
        super(sip, MappingRoute.CREDENTIAL_LIST);
    }
}
