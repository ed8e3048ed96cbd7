package dev.switchboard.server.api.trunking;

import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.TrunkStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** {@code POST /v1/Trunks} (Twilio's CreateTrunk): every parameter optional; the trunk belongs to the caller's account. */
public final class CreateTrunkHandler implements ApiHandler {
    private final TrunkStore trunks;
    private final TrunkForm form;
    private final TrunkJson json;
    private final Clock clock;

    CreateTrunkHandler(TrunkStore trunks, TrunkForm form, TrunkJson json, Clock clock) {
        this.trunks = trunks;
        this.form = form;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Trunk trunk = form.apply(TrunkForm.blank(Sids.next(SidPrefix.TRUNK), req.accountSid(), now), req, now);
        try {
            trunks.create(trunk);
        } catch (DuplicateKeyException e) {
            throw TrunkForm.taken(trunk.domainName()); // lost a race for the name
        }
        return ApiResponse.created(json.trunk(trunk));
    }
}
