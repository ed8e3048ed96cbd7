package dev.switchboard.server.api.sip;

import dev.switchboard.core.store.SipCredentialStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET …/SIP/CredentialLists/{CredentialListSid}/Credentials/{Sid}.json}: no password in the answer. */
public final class FetchSipCredentialHandler implements ApiHandler {
    private final SipCredentialStore credentials;

    public FetchSipCredentialHandler(SipCredentialStore credentials) { this.credentials = credentials; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return credentials.find(req.accountSid(), req.pathParam("CredentialListSid"), req.pathParam("Sid"))
                .map(c -> ApiResponse.ok(SipJson.of(c)))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
