package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;
import java.time.Clock;

/** {@code POST /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Registrations/CredentialListMappings.json} (Twilio's CreateSipAuthRegistrationsCredentialListMapping). */
public final class CreateSipAuthRegistrationsCredentialListMappingHandler extends Mappings.Create {
    public CreateSipAuthRegistrationsCredentialListMappingHandler(SipStores sip, Clock clock) {
        super(sip, clock, MappingRoute.AUTH_REGISTRATIONS_CREDENTIAL_LIST);
    }
}
