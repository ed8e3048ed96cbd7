package dev.switchboard.server.api.sip;

import dev.switchboard.core.sip.SipCredentialList;
import dev.switchboard.core.store.SipCredentialListStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** {@code POST /Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json}: {@code FriendlyName} required, as on Twilio. */
public final class UpdateSipCredentialListHandler implements ApiHandler {
    private final SipCredentialListStore lists;
    private final Clock clock;

    public UpdateSipCredentialListHandler(SipCredentialListStore lists, Clock clock) {
        this.lists = lists;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        SipCredentialList current = lists.find(req.accountSid(), req.pathParam("Sid"))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        String name = SipLists.friendlyName(req, FormFields.FRIENDLY_NAME_MAX);
        SipCredentialList updated = new SipCredentialList(current.sid(), current.accountSid(), name,
                current.dateCreated(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        if (!lists.update(updated)) throw ApiDispatcher.notFound(req.path());
        return ApiResponse.ok(SipJson.of(updated));
    }
}
