package dev.switchboard.server.api.accounts;

import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET /Accounts/{AccountSid}.json}: the caller's own account or one of its subaccounts. */
public final class FetchAccountHandler implements ApiHandler {
    @Override
    public ApiResponse handle(ApiRequest req) {
        return ApiResponse.ok(AccountJson.of(req.pathAccount()));
    }
}
