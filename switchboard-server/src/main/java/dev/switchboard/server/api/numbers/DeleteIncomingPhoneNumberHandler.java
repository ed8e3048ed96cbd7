package dev.switchboard.server.api.numbers;

import dev.switchboard.core.store.PhoneNumberStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code DELETE /Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json}: releases the number. */
public final class DeleteIncomingPhoneNumberHandler implements ApiHandler {
    private final PhoneNumberStore numbers;

    public DeleteIncomingPhoneNumberHandler(PhoneNumberStore numbers) { this.numbers = numbers; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        if (!numbers.delete(req.accountSid(), req.pathParam("Sid"))) throw ApiDispatcher.notFound(req.path());
        return ApiResponse.noContent();
    }
}
