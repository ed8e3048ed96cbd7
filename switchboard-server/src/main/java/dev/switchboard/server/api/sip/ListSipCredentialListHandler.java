package dev.switchboard.server.api.sip;

import dev.switchboard.core.sip.SipCredentialList;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.SipCredentialListStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.Paging;

/** {@code GET /Accounts/{AccountSid}/SIP/CredentialLists.json} (oldest first, list key {@code credential_lists}). */
public final class ListSipCredentialListHandler implements ApiHandler {
    private final SipCredentialListStore lists;

    public ListSipCredentialListHandler(SipCredentialListStore lists) { this.lists = lists; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        PageRequest pr = Paging.request(req);
        return ApiResponse.ok(Paging.envelope("credential_lists", lists.list(req.accountSid(), pr), pr,
                SipPaths.credentialLists(req.accountSid()), Paging.filters(req), SipJson::of, SipCredentialList::sid));
    }
}
