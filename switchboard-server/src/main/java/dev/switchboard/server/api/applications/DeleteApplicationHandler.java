package dev.switchboard.server.api.applications;

import dev.switchboard.core.store.ApplicationStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code DELETE /Accounts/{AccountSid}/Applications/{Sid}.json}. */
public final class DeleteApplicationHandler implements ApiHandler {
    private final ApplicationStore applications;

    public DeleteApplicationHandler(ApplicationStore applications) { this.applications = applications; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        if (!applications.delete(req.accountSid(), req.pathParam("Sid"))) throw ApiDispatcher.notFound(req.path());
        return ApiResponse.noContent();
    }
}
