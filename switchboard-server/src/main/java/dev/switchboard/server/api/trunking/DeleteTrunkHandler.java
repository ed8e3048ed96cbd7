package dev.switchboard.server.api.trunking;

import dev.switchboard.core.store.PhoneNumberStore;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * {@code DELETE /v1/Trunks/{Sid}} (Twilio's DeleteTrunk): its origination URLs and list associations go (the lists
 * stay), its numbers are detached and keep everything else; the domain name is free again at once. The trunk row
 * goes first, so a failure part-way leaves only unreachable children, never a trunk missing some.
 */
public final class DeleteTrunkHandler implements ApiHandler {
    private final SipStores sip;
    private final PhoneNumberStore numbers;
    private final Clock clock;

    DeleteTrunkHandler(SipStores sip, PhoneNumberStore numbers, Clock clock) {
        this.sip = sip;
        this.numbers = numbers;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        String sid = req.pathParam("Sid");
        if (!sip.trunks().delete(req.accountSid(), sid)) throw ApiDispatcher.notFound(req.path());
        numbers.detachTrunk(req.accountSid(), sid, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        sip.originationUrls().deleteAll(req.accountSid(), sid);
        sip.trunkLists().deleteAll(req.accountSid(), sid);
        return ApiResponse.noContent();
    }
}
