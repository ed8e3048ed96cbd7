package dev.switchboard.server.api.keys;

import dev.switchboard.core.store.ApiKeyStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET /Accounts/{AccountSid}/Keys/{Sid}.json}. */
public final class FetchKeyHandler implements ApiHandler {
    private final ApiKeyStore keys;

    public FetchKeyHandler(ApiKeyStore keys) { this.keys = keys; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return keys.find(req.accountSid(), req.pathParam("Sid"))
                .map(k -> ApiResponse.ok(KeyJson.of(k)))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
