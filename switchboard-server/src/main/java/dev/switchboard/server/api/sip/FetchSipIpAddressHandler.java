package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipIpAddressStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET …/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json}. */
public final class FetchSipIpAddressHandler implements ApiHandler {
    private final SipIpAddressStore addresses;

    public FetchSipIpAddressHandler(SipIpAddressStore addresses) { this.addresses = addresses; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return addresses.find(req.accountSid(), req.pathParam("IpAccessControlListSid"), req.pathParam("Sid"))
                .map(a -> ApiResponse.ok(SipJson.of(a)))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
