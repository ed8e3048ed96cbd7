package dev.switchboard.server.api.trunking;

import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.PhoneNumberStore;
import dev.switchboard.core.store.TrunkStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.Paging;

/** {@code GET /v1/Trunks/{TrunkSid}/PhoneNumbers} (Twilio's ListPhoneNumber): the trunk's numbers, oldest first. */
public final class ListPhoneNumberHandler implements ApiHandler {
    private final TrunkStore trunks;
    private final PhoneNumberStore numbers;
    private final TrunkJson json;
    private final V1Json v1;

    ListPhoneNumberHandler(TrunkStore trunks, PhoneNumberStore numbers, TrunkJson json, V1Json v1) {
        this.trunks = trunks;
        this.numbers = numbers;
        this.json = json;
        this.v1 = v1;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Trunk trunk = TrunkLookup.trunk(trunks, req);
        PageRequest pr = Paging.request(req);
        return ApiResponse.ok(V1Paging.envelope("phone_numbers", numbers.listByTrunk(trunk.accountSid(), trunk.sid(), pr), pr,
                v1.underTrunk(trunk.sid(), "PhoneNumbers"), json::phoneNumber, IncomingPhoneNumber::sid));
    }
}
