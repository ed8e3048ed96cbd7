package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipIpAccessControlListStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET /Accounts/{AccountSid}/SIP/IpAccessControlLists/{Sid}.json}. */
public final class FetchSipIpAccessControlListHandler implements ApiHandler {
    private final SipIpAccessControlListStore lists;

    public FetchSipIpAccessControlListHandler(SipIpAccessControlListStore lists) { this.lists = lists; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return lists.find(req.accountSid(), req.pathParam("Sid"))
                .map(l -> ApiResponse.ok(SipJson.of(l)))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
