package dev.switchboard.server.api.trunking;

import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.store.PhoneNumberStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * {@code DELETE /v1/Trunks/{TrunkSid}/PhoneNumbers/{Sid}} (Twilio's DeletePhoneNumber): detaches the number from the
 * trunk; the account keeps it, with its voice URL (the voice application cleared on attach does not come back).
 */
public final class DeletePhoneNumberHandler implements ApiHandler {
    private final PhoneNumberStore numbers;
    private final Clock clock;

    DeletePhoneNumberHandler(PhoneNumberStore numbers, Clock clock) {
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        IncomingPhoneNumber n = numbers.find(req.accountSid(), req.pathParam("Sid"))
                .filter(x -> req.pathParam("TrunkSid").equals(x.trunkSid()))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        if (!numbers.update(TrunkNumbers.withTrunk(n, null, clock.instant().truncatedTo(ChronoUnit.SECONDS)))) {
            throw ApiDispatcher.notFound(req.path());
        }
        return ApiResponse.noContent();
    }
}
