package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/**
 * {@code DELETE /Accounts/{AccountSid}/SIP/CredentialLists/{Sid}.json}: the list and its credentials go. The
 * list row goes first, so a failure part-way leaves only unreachable credentials, never a list missing some.
 */
public final class DeleteSipCredentialListHandler implements ApiHandler {
    private final SipStores sip;

    public DeleteSipCredentialListHandler(SipStores sip) { this.sip = sip; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String sid = req.pathParam("Sid");
        if (!sip.credentialLists().delete(req.accountSid(), sid)) throw ApiDispatcher.notFound(req.path());
        sip.credentials().deleteAll(req.accountSid(), sid);
        return ApiResponse.noContent();
    }
}
