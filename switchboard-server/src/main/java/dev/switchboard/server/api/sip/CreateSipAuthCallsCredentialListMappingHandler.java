package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;
import java.time.Clock;

/** {@code POST /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/Auth/Calls/CredentialListMappings.json} (Twilio's CreateSipAuthCallsCredentialListMapping). */
public final class CreateSipAuthCallsCredentialListMappingHandler extends Mappings.Create {
    public CreateSipAuthCallsCredentialListMappingHandler(SipStores sip, Clock clock) {
        super(sip, clock, MappingRoute.AUTH_CALLS_CREDENTIAL_LIST);
    }
}
