package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;
import java.time.Clock;

/** {@code POST /Accounts/{AccountSid}/SIP/Domains/{DomainSid}/CredentialListMappings.json} (Twilio's CreateSipCredentialListMapping). */
public final class CreateSipCredentialListMappingHandler extends Mappings.Create {
    public CreateSipCredentialListMappingHandler(SipStores sip, Clock clock) {
        super(sip, clock, MappingRoute.CREDENTIAL_LIST);
    }
}
