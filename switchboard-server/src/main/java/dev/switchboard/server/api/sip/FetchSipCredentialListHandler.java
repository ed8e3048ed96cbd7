package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipCredentialListStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET /Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json}. */
public final class FetchSipCredentialListHandler implements ApiHandler {
    private final SipCredentialListStore lists;

    public FetchSipCredentialListHandler(SipCredentialListStore lists) { this.lists = lists; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return lists.find(req.accountSid(), req.pathParam("Sid"))
                .map(l -> ApiResponse.ok(SipJson.of(l)))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
