package dev.switchboard.server.api.trunking;

import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.store.PhoneNumberStore;
import dev.switchboard.core.store.TrunkStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * {@code POST /v1/Trunks/{TrunkSid}/PhoneNumbers} with {@code PhoneNumberSid} (Twilio's CreatePhoneNumber): attaches a
 * number of the account to the trunk, the same as the number's {@code TrunkSid=TK…}; its voice application is cleared.
 * A number on another trunk moves to this one; one already here is answered as it is. A SID that is not a number of
 * the account answers 404/20404 naming it.
 */
public final class CreatePhoneNumberHandler implements ApiHandler {
    private final TrunkStore trunks;
    private final PhoneNumberStore numbers;
    private final TrunkJson json;
    private final Clock clock;

    CreatePhoneNumberHandler(TrunkStore trunks, PhoneNumberStore numbers, TrunkJson json, Clock clock) {
        this.trunks = trunks;
        this.numbers = numbers;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Trunk trunk = TrunkLookup.trunk(trunks, req);
        String sid = FormFields.required(req, "PhoneNumberSid");
        IncomingPhoneNumber number = numbers.find(req.accountSid(), sid).orElseThrow(() -> new TwilioException(
                TwilioError.NOT_FOUND, "/2010-04-01/Accounts/" + req.accountSid() + "/IncomingPhoneNumbers/" + sid + ".json"));
        if (trunk.sid().equals(number.trunkSid())) return ApiResponse.created(json.phoneNumber(number));
        IncomingPhoneNumber attached = TrunkNumbers.withTrunk(number, trunk.sid(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        if (!numbers.update(attached)) throw new TwilioException(TwilioError.NOT_FOUND, sid); // released meanwhile
        return ApiResponse.created(json.phoneNumber(attached));
    }
}
