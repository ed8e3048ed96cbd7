package dev.switchboard.server.api.applications;

import dev.switchboard.core.store.ApplicationStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET /Accounts/{AccountSid}/Applications/{Sid}.json}. */
public final class FetchApplicationHandler implements ApiHandler {
    private final ApplicationStore applications;

    public FetchApplicationHandler(ApplicationStore applications) { this.applications = applications; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return applications.find(req.accountSid(), req.pathParam("Sid"))
                .map(a -> ApiResponse.ok(ApplicationJson.of(a)))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
