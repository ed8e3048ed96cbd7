package dev.switchboard.server.api.trunking;

import dev.switchboard.core.store.SipStores;

/** {@code GET /v1/Trunks/{TrunkSid}/CredentialLists} (Twilio's ListCredentialList). */
public final class ListCredentialListHandler extends TrunkLists.List {
    ListCredentialListHandler(SipStores sip, TrunkJson json, V1Json v1) {
        super(sip, json, v1, TrunkLists.Kind.CREDENTIAL_LIST);
    }
}
