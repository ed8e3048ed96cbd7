package dev.switchboard.server.api.sip;

import dev.switchboard.core.sip.SipCredential;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.Paging;

/** {@code GET …/SIP/CredentialLists/{CredentialListSid}/Credentials.json} (oldest first, list key {@code credentials}). */
public final class ListSipCredentialHandler implements ApiHandler {
    private final SipStores sip;

    public ListSipCredentialHandler(SipStores sip) { this.sip = sip; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String listSid = req.pathParam("CredentialListSid");
        sip.credentialLists().find(req.accountSid(), listSid).orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        PageRequest pr = Paging.request(req);
        return ApiResponse.ok(Paging.envelope("credentials", sip.credentials().list(req.accountSid(), listSid, pr), pr,
                SipPaths.credentials(req.accountSid(), listSid), Paging.filters(req), SipJson::of, SipCredential::sid));
    }
}
