package dev.switchboard.server.api.sip;

import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.sip.SipIpAccessControlList;
import dev.switchboard.core.store.SipIpAccessControlListStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** {@code POST /Accounts/{AccountSid}/SIP/IpAccessControlLists.json}: {@code FriendlyName} required (at most 255). */
public final class CreateSipIpAccessControlListHandler implements ApiHandler {
    private final SipIpAccessControlListStore lists;
    private final Clock clock;

    public CreateSipIpAccessControlListHandler(SipIpAccessControlListStore lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String name = SipLists.friendlyName(req, SipLists.ACL_FRIENDLY_NAME_MAX);
        SipLimits.check(lists.count(req.accountSid()), SipLimits.IP_ACCESS_CONTROL_LISTS_PER_ACCOUNT,
                dev.switchboard.core.error.TwilioError.SIP_IP_ACCESS_CONTROL_LIST_LIMIT);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        SipIpAccessControlList list = new SipIpAccessControlList(Sids.next(SidPrefix.SIP_IP_ACCESS_CONTROL_LIST), req.accountSid(), name, now, now);
        lists.create(list);
        return ApiResponse.created(SipJson.of(list));
    }
}
