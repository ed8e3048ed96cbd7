package dev.switchboard.server.api.sip;

import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.Paging;

/** {@code GET /Accounts/{AccountSid}/SIP/Domains.json} (oldest first, list key {@code domains}). */
public final class ListSipDomainHandler implements ApiHandler {
    private final SipStores sip;

    public ListSipDomainHandler(SipStores sip) { this.sip = sip; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        PageRequest pr = Paging.request(req);
        return ApiResponse.ok(Paging.envelope("domains", sip.domains().list(req.accountSid(), pr), pr,
                SipPaths.domains(req.accountSid()), Paging.filters(req), d -> DomainAuth.json(sip, d), SipDomain::sid));
    }
}
