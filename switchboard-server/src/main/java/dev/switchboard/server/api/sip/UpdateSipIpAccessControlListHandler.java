package dev.switchboard.server.api.sip;

import dev.switchboard.core.sip.SipIpAccessControlList;
import dev.switchboard.core.store.SipIpAccessControlListStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** {@code POST /Accounts/{AccountSid}/SIP/IpAccessControlLists/{Sid}.json}: {@code FriendlyName} required, as on Twilio. */
public final class UpdateSipIpAccessControlListHandler implements ApiHandler {
    private final SipIpAccessControlListStore lists;
    private final Clock clock;

    public UpdateSipIpAccessControlListHandler(SipIpAccessControlListStore lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        SipIpAccessControlList current = lists.find(req.accountSid(), req.pathParam("Sid"))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        String name = SipLists.friendlyName(req, SipLists.ACL_FRIENDLY_NAME_MAX);
        SipIpAccessControlList updated = new SipIpAccessControlList(current.sid(), current.accountSid(), name,
                current.dateCreated(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        if (!lists.update(updated)) throw ApiDispatcher.notFound(req.path());
        return ApiResponse.ok(SipJson.of(updated));
    }
}
