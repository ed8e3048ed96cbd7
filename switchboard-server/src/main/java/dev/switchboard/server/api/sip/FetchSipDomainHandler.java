package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET /Accounts/{AccountSid}/SIP/Domains/{Sid}.json}. */
public final class FetchSipDomainHandler implements ApiHandler {
    private final SipStores sip;

    public FetchSipDomainHandler(SipStores sip) { this.sip = sip; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return sip.domains().find(req.accountSid(), req.pathParam("Sid"))
                .map(d -> ApiResponse.ok(DomainAuth.json(sip, d)))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
