package dev.switchboard.server.api.trunking;

import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.TrunkStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** {@code POST /v1/Trunks/{Sid}} (Twilio's UpdateTrunk): every parameter optional, {@code DomainName} included. */
public final class UpdateTrunkHandler implements ApiHandler {
    private final TrunkStore trunks;
    private final TrunkForm form;
    private final TrunkJson json;
    private final Clock clock;

    UpdateTrunkHandler(TrunkStore trunks, TrunkForm form, TrunkJson json, Clock clock) {
        this.trunks = trunks;
        this.form = form;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Trunk current = trunks.find(req.accountSid(), req.pathParam("Sid")).orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        Trunk updated = form.apply(current, req, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        try {
            if (!trunks.update(updated)) throw ApiDispatcher.notFound(req.path());
        } catch (DuplicateKeyException e) {
            throw TrunkForm.taken(updated.domainName());
        }
        return ApiResponse.ok(json.trunk(updated));
    }
}
