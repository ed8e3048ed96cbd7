package dev.switchboard.server.api.sip;

import dev.switchboard.core.sip.SipIpAddress;
import dev.switchboard.core.store.SipIpAddressStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** {@code POST …/IpAddresses/{Sid}.json}: {@code IpAddress}, {@code FriendlyName}, {@code CidrPrefixLength}, all optional. */
public final class UpdateSipIpAddressHandler implements ApiHandler {
    private final SipIpAddressStore addresses;
    private final Clock clock;

    public UpdateSipIpAddressHandler(SipIpAddressStore addresses, Clock clock) {
        this.addresses = addresses;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        SipIpAddress current = addresses.find(req.accountSid(), req.pathParam("IpAccessControlListSid"), req.pathParam("Sid"))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        SipIpAddress updated = IpAddressForm.apply(current, req, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        if (!addresses.update(updated)) throw ApiDispatcher.notFound(req.path());
        return ApiResponse.ok(SipJson.of(updated));
    }
}
