package dev.switchboard.server.api.trunking;

import dev.switchboard.core.store.PhoneNumberStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET /v1/Trunks/{TrunkSid}/PhoneNumbers/{Sid}} (Twilio's FetchPhoneNumber): a number attached to that trunk. */
public final class FetchPhoneNumberHandler implements ApiHandler {
    private final PhoneNumberStore numbers;
    private final TrunkJson json;

    FetchPhoneNumberHandler(PhoneNumberStore numbers, TrunkJson json) {
        this.numbers = numbers;
        this.json = json;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return numbers.find(req.accountSid(), req.pathParam("Sid"))
                .filter(n -> req.pathParam("TrunkSid").equals(n.trunkSid()))
                .map(n -> ApiResponse.ok(json.phoneNumber(n)))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
