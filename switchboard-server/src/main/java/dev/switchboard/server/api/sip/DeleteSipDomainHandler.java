package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code DELETE /Accounts/{AccountSid}/SIP/Domains/{Sid}.json}: the name is free again at once and its mappings go (the mapped lists stay). */
public final class DeleteSipDomainHandler implements ApiHandler {
    private final SipStores sip;

    public DeleteSipDomainHandler(SipStores sip) { this.sip = sip; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        if (!sip.domains().delete(req.accountSid(), req.pathParam("Sid"))) throw ApiDispatcher.notFound(req.path());
        sip.mappings().deleteAll(req.accountSid(), req.pathParam("Sid")); // the lists stay
        return ApiResponse.noContent();
    }
}
