package dev.switchboard.server.api.numbers;

import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.ApplicationStore;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PhoneNumberStore;
import dev.switchboard.core.store.TrunkStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * {@code POST /Accounts/{AccountSid}/IncomingPhoneNumbers.json}: claims an E.164 number for the
 * account. In Switchboard every number is "available" unless another account already owns it.
 */
public final class CreateIncomingPhoneNumberHandler implements ApiHandler {
    private final PhoneNumberStore numbers;
    private final ApplicationStore applications;
    private final TrunkStore trunks;
    private final Clock clock;

    public CreateIncomingPhoneNumberHandler(PhoneNumberStore numbers, ApplicationStore applications, TrunkStore trunks,
            Clock clock) {
        this.numbers = numbers;
        this.applications = applications;
        this.trunks = trunks;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String raw = req.param("PhoneNumber").filter(v -> !v.isBlank())
                .orElseThrow(() -> new TwilioException(TwilioError.PHONE_NUMBER_REQUIRED));
        String e164 = PhoneNumberForm.e164(raw);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        IncomingPhoneNumber number = PhoneNumberForm.apply(
                PhoneNumberForm.blank(Sids.next(SidPrefix.PHONE_NUMBER), req.accountSid(), e164, now), req, applications, trunks, now);
        if (numbers.findByPhoneNumber(e164).isPresent()) throw unavailable(e164);
        try {
            numbers.create(number);
        } catch (DuplicateKeyException e) {
            throw unavailable(e164);
        }
        return ApiResponse.created(PhoneNumberJson.of(number));
    }

    private static TwilioException unavailable(String e164) {
        return new TwilioException(TwilioError.PHONE_NUMBER_UNAVAILABLE, e164);
    }
}
