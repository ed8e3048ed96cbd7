package dev.switchboard.server.api.sip;

import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.sip.SipCredentialList;
import dev.switchboard.core.store.SipCredentialListStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** {@code POST /Accounts/{AccountSid}/SIP/CredentialLists.json}: {@code FriendlyName} required (at most 64). */
public final class CreateSipCredentialListHandler implements ApiHandler {
    private final SipCredentialListStore lists;
    private final Clock clock;

    public CreateSipCredentialListHandler(SipCredentialListStore lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String name = SipLists.friendlyName(req, FormFields.FRIENDLY_NAME_MAX);
        SipLimits.check(lists.count(req.accountSid()), SipLimits.CREDENTIAL_LISTS_PER_ACCOUNT,
                dev.switchboard.core.error.TwilioError.SIP_CREDENTIAL_LIST_LIMIT);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        SipCredentialList list = new SipCredentialList(Sids.next(SidPrefix.SIP_CREDENTIAL_LIST), req.accountSid(), name, now, now);
        lists.create(list);
        return ApiResponse.created(SipJson.of(list));
    }
}
