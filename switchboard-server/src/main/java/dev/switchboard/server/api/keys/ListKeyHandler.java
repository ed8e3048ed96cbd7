package dev.switchboard.server.api.keys;

import dev.switchboard.core.account.ApiKey;
import dev.switchboard.core.store.ApiKeyStore;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiJson;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.Paging;
import java.util.Map;

/** {@code GET /Accounts/{AccountSid}/Keys.json}. */
public final class ListKeyHandler implements ApiHandler {
    private final ApiKeyStore keys;

    public ListKeyHandler(ApiKeyStore keys) { this.keys = keys; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        PageRequest pr = Paging.request(req);
        var page = keys.list(req.accountSid(), pr);
        return ApiResponse.ok(Paging.envelope("keys", page, pr, ApiJson.accountPath(req.accountSid()) + "/Keys.json",
                Map.of(), KeyJson::of, ApiKey::sid));
    }
}
