package dev.switchboard.server.api.sip;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PhoneNumberStore;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** {@code POST /Accounts/{AccountSid}/SIP/Domains.json}: {@code DomainName} required; every other field optional. */
public final class CreateSipDomainHandler implements ApiHandler {
    private final SipStores sip;
    private final DomainForm form;
    private final Clock clock;

    public CreateSipDomainHandler(SipStores sip, PhoneNumberStore numbers, String domainSuffix, Clock clock) {
        this.sip = sip;
        this.form = new DomainForm(sip.domains(), numbers, domainSuffix);
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        if (req.param("DomainName").filter(v -> !v.isBlank()).isEmpty()) {
            throw new TwilioException(TwilioError.MISSING_PARAMETER, "DomainName");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        SipDomain domain = form.apply(DomainForm.blank(Sids.next(SidPrefix.SIP_DOMAIN), req.accountSid(), now), req, now);
        SipLimits.check(sip.domains().count(req.accountSid()), SipLimits.DOMAINS_PER_ACCOUNT, TwilioError.SIP_DOMAIN_LIMIT);
        try {
            sip.domains().create(domain);
        } catch (DuplicateKeyException e) {
            throw DomainForm.taken(domain.domainName()); // lost a race for the name
        }
        return ApiResponse.created(DomainAuth.json(sip, domain));
    }
}
