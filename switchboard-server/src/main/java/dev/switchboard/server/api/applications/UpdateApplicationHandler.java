package dev.switchboard.server.api.applications;

import dev.switchboard.core.account.Application;
import dev.switchboard.core.store.ApplicationStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** {@code POST /Accounts/{AccountSid}/Applications/{Sid}.json}. */
public final class UpdateApplicationHandler implements ApiHandler {
    private final ApplicationStore applications;
    private final Clock clock;

    public UpdateApplicationHandler(ApplicationStore applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Application current = applications.find(req.accountSid(), req.pathParam("Sid"))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        Application updated = ApplicationForm.apply(current, req, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        if (!applications.update(updated)) throw ApiDispatcher.notFound(req.path());
        return ApiResponse.ok(ApplicationJson.of(updated));
    }
}
