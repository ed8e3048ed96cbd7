package dev.switchboard.server.api.trunking;

import dev.switchboard.core.store.SipStores;

/** {@code GET /v1/Trunks/{TrunkSid}/CredentialLists/{Sid}} (Twilio's FetchCredentialList). */
public final class FetchCredentialListHandler extends TrunkLists.Fetch {
    FetchCredentialListHandler(SipStores sip, TrunkJson json) {
        super(sip, json, TrunkLists.Kind.CREDENTIAL_LIST);
    }
}
