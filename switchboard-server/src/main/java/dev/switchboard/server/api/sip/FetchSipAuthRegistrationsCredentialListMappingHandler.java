package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;

/** {@code GET /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings/{Sid}.json} (Twilio's FetchSipAuthRegistrationsCredentialListMapping). */
public final class FetchSipAuthRegistrationsCredentialListMappingHandler extends Mappings.Fetch {
    public FetchSipAuthRegistrationsCredentialListMappingHandler(SipStores sip) {
        super(sip, MappingRoute.AUTH_REGISTRATIONS_CREDENTIAL_LIST);
    }
}
