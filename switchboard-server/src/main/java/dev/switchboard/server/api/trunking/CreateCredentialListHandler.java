package dev.switchboard.server.api.trunking;

import dev.switchboard.core.store.SipStores;
import java.time.Clock;

/** {@code POST /v1/Trunks/{TrunkSid}/CredentialLists} (Twilio's CreateCredentialList). */
public final class CreateCredentialListHandler extends TrunkLists.Create {
    CreateCredentialListHandler(SipStores sip, TrunkJson json, Clock clock) {
        super(sip, json, clock, TrunkLists.Kind.CREDENTIAL_LIST);
    }
}
