package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;

/** {@code DELETE /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings/{Sid}.json} (Twilio's DeleteSipAuthRegistrationsCredentialListMapping). */
public final class DeleteSipAuthRegistrationsCredentialListMappingHandler extends Mappings.Delete {
    public DeleteSipAuthRegistrationsCredentialListMappingHandler(SipStores sip) {
        super(sip, MappingRoute.AUTH_REGISTRATIONS_CREDENTIAL_LIST);
    }
}
