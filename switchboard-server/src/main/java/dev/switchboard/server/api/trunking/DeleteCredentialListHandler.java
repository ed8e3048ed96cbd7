package dev.switchboard.server.api.trunking;

import dev.switchboard.core.store.SipStores;

/** {@code DELETE /v1/Trunks/{TrunkSid}/CredentialLists/{Sid}} (Twilio's DeleteCredentialList). */
public final class DeleteCredentialListHandler extends TrunkLists.Delete {
    DeleteCredentialListHandler(SipStores sip) {
        super(sip, TrunkLists.Kind.CREDENTIAL_LIST);
    }
}
