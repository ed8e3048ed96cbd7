package dev.switchboard.server.api.sip;

import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PhoneNumberStore;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** {@code POST /Accounts/{AccountSid}/SIP/Domains/{Sid}.json}: every field optional, {@code DomainName} included. */
public final class UpdateSipDomainHandler implements ApiHandler {
    private final SipStores sip;
    private final DomainForm form;
    private final Clock clock;

    public UpdateSipDomainHandler(SipStores sip, PhoneNumberStore numbers, String domainSuffix, Clock clock) {
        this.sip = sip;
        this.form = new DomainForm(sip.domains(), numbers, domainSuffix);
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        SipDomain current = sip.domains().find(req.accountSid(), req.pathParam("Sid"))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        SipDomain updated = form.apply(current, req, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        try {
            if (!sip.domains().update(updated)) throw ApiDispatcher.notFound(req.path());
        } catch (DuplicateKeyException e) {
            throw DomainForm.taken(updated.domainName());
        }
        return ApiResponse.ok(DomainAuth.json(sip, updated));
    }
}
