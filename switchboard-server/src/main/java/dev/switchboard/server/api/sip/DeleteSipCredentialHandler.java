package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipCredentialStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code DELETE …/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json}. */
public final class DeleteSipCredentialHandler implements ApiHandler {
    private final SipCredentialStore credentials;

    public DeleteSipCredentialHandler(SipCredentialStore credentials) { this.credentials = credentials; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        if (!credentials.delete(req.accountSid(), req.pathParam("CredentialListSid"), req.pathParam("Sid"))) {
            throw ApiDispatcher.notFound(req.path());
        }
        return ApiResponse.noContent();
    }
}
