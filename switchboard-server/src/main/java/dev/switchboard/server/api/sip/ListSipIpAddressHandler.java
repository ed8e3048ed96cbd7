package dev.switchboard.server.api.sip;

import dev.switchboard.core.sip.SipIpAddress;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.Paging;

/** {@code GET …/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json} (oldest first, key {@code ip_addresses}). */
public final class ListSipIpAddressHandler implements ApiHandler {
    private final SipStores sip;

    public ListSipIpAddressHandler(SipStores sip) { this.sip = sip; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String listSid = req.pathParam("IpAccessControlListSid");
        sip.ipAccessControlLists().find(req.accountSid(), listSid).orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        PageRequest pr = Paging.request(req);
        return ApiResponse.ok(Paging.envelope("ip_addresses", sip.ipAddresses().list(req.accountSid(), listSid, pr), pr,
                SipPaths.ipAddresses(req.accountSid(), listSid), Paging.filters(req), SipJson::of, SipIpAddress::sid));
    }
}
