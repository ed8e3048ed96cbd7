package dev.switchboard.server.api.numbers;

import dev.switchboard.core.store.PhoneNumberStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET /Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json}. */
public final class FetchIncomingPhoneNumberHandler implements ApiHandler {
    private final PhoneNumberStore numbers;

    public FetchIncomingPhoneNumberHandler(PhoneNumberStore numbers) { this.numbers = numbers; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return numbers.find(req.accountSid(), req.pathParam("Sid"))
                .map(n -> ApiResponse.ok(PhoneNumberJson.of(n)))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
