package dev.switchboard.server.api.sip;

import dev.switchboard.core.sip.SipIpAccessControlList;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.SipIpAccessControlListStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.Paging;

/** {@code GET /Accounts/{AccountSid}/SIP/IpAccessControlLists.json} (oldest first, list key {@code ip_access_control_lists}). */
public final class ListSipIpAccessControlListHandler implements ApiHandler {
    private final SipIpAccessControlListStore lists;

    public ListSipIpAccessControlListHandler(SipIpAccessControlListStore lists) { this.lists = lists; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        PageRequest pr = Paging.request(req);
        return ApiResponse.ok(Paging.envelope("ip_access_control_lists", lists.list(req.accountSid(), pr), pr,
                SipPaths.ipAccessControlLists(req.accountSid()), Paging.filters(req), SipJson::of, SipIpAccessControlList::sid));
    }
}
