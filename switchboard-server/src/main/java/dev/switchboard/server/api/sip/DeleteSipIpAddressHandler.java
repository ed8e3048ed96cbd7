package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipIpAddressStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code DELETE …/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses/{Sid}.json}. */
public final class DeleteSipIpAddressHandler implements ApiHandler {
    private final SipIpAddressStore addresses;

    public DeleteSipIpAddressHandler(SipIpAddressStore addresses) { this.addresses = addresses; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        if (!addresses.delete(req.accountSid(), req.pathParam("IpAccessControlListSid"), req.pathParam("Sid"))) {
            throw ApiDispatcher.notFound(req.path());
        }
        return ApiResponse.noContent();
    }
}
