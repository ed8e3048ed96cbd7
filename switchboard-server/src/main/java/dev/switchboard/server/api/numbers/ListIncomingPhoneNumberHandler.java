package dev.switchboard.server.api.numbers;

import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.PhoneNumberStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiJson;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.Paging;

/** {@code GET /Accounts/{AccountSid}/IncomingPhoneNumbers.json} (filters PhoneNumber with {@code *} wildcards, FriendlyName). */
public final class ListIncomingPhoneNumberHandler implements ApiHandler {
    private final PhoneNumberStore numbers;

    public ListIncomingPhoneNumberHandler(PhoneNumberStore numbers) { this.numbers = numbers; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        PageRequest pr = Paging.request(req);
        var page = numbers.list(req.accountSid(), req.param("PhoneNumber"), req.param("FriendlyName"), pr);
        return ApiResponse.ok(Paging.envelope("incoming_phone_numbers", page, pr,
                ApiJson.accountPath(req.accountSid()) + "/IncomingPhoneNumbers.json",
                Paging.filters(req, "PhoneNumber", "FriendlyName"), PhoneNumberJson::of, IncomingPhoneNumber::sid));
    }
}
