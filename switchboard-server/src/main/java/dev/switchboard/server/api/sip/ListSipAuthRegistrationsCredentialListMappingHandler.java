package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;

/** {@code GET /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json} (Twilio's ListSipAuthRegistrationsCredentialListMapping). */
public final class ListSipAuthRegistrationsCredentialListMappingHandler extends Mappings.List {
    public ListSipAuthRegistrationsCredentialListMappingHandler(SipStores sip) {
        super(sip, MappingRoute.AUTH_REGISTRATIONS_CREDENTIAL_LIST);
    }
}
