package dev.switchboard.server.api.applications;

import dev.switchboard.core.account.Application;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.ApplicationStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** {@code POST /Accounts/{AccountSid}/Applications.json}. */
public final class CreateApplicationHandler implements ApiHandler {
    private final ApplicationStore applications;
    private final Clock clock;

    public CreateApplicationHandler(ApplicationStore applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Application app = ApplicationForm.apply(
                ApplicationForm.blank(Sids.next(SidPrefix.APPLICATION), req.accountSid(), now), req, now);
        applications.create(app);
        return ApiResponse.created(ApplicationJson.of(app));
    }
}
