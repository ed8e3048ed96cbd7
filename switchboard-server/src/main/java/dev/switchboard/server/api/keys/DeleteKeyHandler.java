package dev.switchboard.server.api.keys;

import dev.switchboard.core.store.ApiKeyStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code DELETE /Accounts/{AccountSid}/Keys/{Sid}.json}: the key stops authenticating at once. */
public final class DeleteKeyHandler implements ApiHandler {
    private final ApiKeyStore keys;

    public DeleteKeyHandler(ApiKeyStore keys) { this.keys = keys; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        if (!keys.delete(req.accountSid(), req.pathParam("Sid"))) throw ApiDispatcher.notFound(req.path());
        return ApiResponse.noContent();
    }
}
