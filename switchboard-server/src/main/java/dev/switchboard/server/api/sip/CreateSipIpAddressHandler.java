package dev.switchboard.server.api.sip;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.sip.SipIpAddress;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * {@code POST …/SIP/IpAccessControlLists/{IpAccessControlListSid}/IpAddresses.json}: {@code FriendlyName} and
 * {@code IpAddress} required, {@code CidrPrefixLength} optional (32).
 */
public final class CreateSipIpAddressHandler implements ApiHandler {
    private final SipStores sip;
    private final Clock clock;

    public CreateSipIpAddressHandler(SipStores sip, Clock clock) {
        this.sip = sip;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String listSid = req.pathParam("IpAccessControlListSid");
        sip.ipAccessControlLists().find(req.accountSid(), listSid).orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        SipLists.friendlyName(req, SipLists.ACL_FRIENDLY_NAME_MAX);
        if (req.param("IpAddress").filter(v -> !v.isBlank()).isEmpty()) {
            throw new TwilioException(TwilioError.MISSING_PARAMETER, "IpAddress");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        SipIpAddress checked = IpAddressForm.apply(new SipIpAddress("IP", req.accountSid(), listSid, "", "",
                IpAddressForm.DEFAULT_PREFIX, now, now), req, now); // bad input is answered before the limit
        SipLimits.check(sip.ipAddresses().count(req.accountSid(), listSid), SipLimits.IP_ADDRESSES_PER_LIST,
                TwilioError.SIP_IP_ADDRESS_LIMIT);
        SipIpAddress address = new SipIpAddress(Sids.next(SidPrefix.SIP_IP_ADDRESS), req.accountSid(), listSid,
                checked.friendlyName(), checked.ipAddress(), checked.cidrPrefixLength(), now, now);
        sip.ipAddresses().create(address);
        return ApiResponse.created(SipJson.of(address));
    }
}
