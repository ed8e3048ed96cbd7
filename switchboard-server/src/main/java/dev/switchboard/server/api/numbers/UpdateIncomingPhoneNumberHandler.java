package dev.switchboard.server.api.numbers;

import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.store.ApplicationStore;
import dev.switchboard.core.store.PhoneNumberStore;
import dev.switchboard.core.store.TrunkStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** {@code POST /Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json}. */
public final class UpdateIncomingPhoneNumberHandler implements ApiHandler {
    private final PhoneNumberStore numbers;
    private final ApplicationStore applications;
    private final TrunkStore trunks;
    private final Clock clock;

    public UpdateIncomingPhoneNumberHandler(PhoneNumberStore numbers, ApplicationStore applications, TrunkStore trunks,
            Clock clock) {
        this.numbers = numbers;
        this.applications = applications;
        this.trunks = trunks;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        IncomingPhoneNumber current = numbers.find(req.accountSid(), req.pathParam("Sid"))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        IncomingPhoneNumber updated = PhoneNumberForm.apply(current, req, applications, trunks,
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        if (!numbers.update(updated)) throw ApiDispatcher.notFound(req.path());
        return ApiResponse.ok(PhoneNumberJson.of(updated));
    }
}
