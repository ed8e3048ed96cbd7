package dev.switchboard.server.api.sip;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code DELETE /Accounts/{AccountSid}/SIP/Domains/{Sid}.json}: the name is free again at once and its mappings and
 * registrations go (the mapped lists stay).
 * A domain that still has sub-domains (in any account) is refused with 21233. */
public final class DeleteSipDomainHandler implements ApiHandler {
    private final SipStores sip;

    public DeleteSipDomainHandler(SipStores sip) { this.sip = sip; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        sip.domains().find(req.accountSid(), req.pathParam("Sid"))
                .filter(d -> sip.domains().hasSubdomains(d.domainName()))
                .ifPresent(d -> {
                    throw new TwilioException(TwilioError.SIP_DOMAIN_HAS_SUBDOMAINS, "delete the sub-domains of "
                            + d.domainName() + " first");
                });
        if (!sip.domains().delete(req.accountSid(), req.pathParam("Sid"))) throw ApiDispatcher.notFound(req.path());
        sip.mappings().deleteAll(req.accountSid(), req.pathParam("Sid")); // the lists stay
        sip.registrations().removeDomain(req.pathParam("Sid")); // its phones' bindings go with it
        return ApiResponse.noContent();
    }
}
