package dev.switchboard.server.api.trunking;

import dev.switchboard.core.sip.TrunkOriginationUrl;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** {@code POST /v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}} (Twilio's UpdateOriginationUrl): every parameter optional. */
public final class UpdateOriginationUrlHandler implements ApiHandler {
    private final SipStores sip;
    private final TrunkJson json;
    private final Clock clock;

    UpdateOriginationUrlHandler(SipStores sip, TrunkJson json, Clock clock) {
        this.sip = sip;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        TrunkOriginationUrl current = sip.originationUrls().find(req.accountSid(), req.pathParam("TrunkSid"), req.pathParam("Sid"))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        TrunkOriginationUrl updated = OriginationUrlForm.apply(current, req, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        if (!sip.originationUrls().update(updated)) throw ApiDispatcher.notFound(req.path());
        return ApiResponse.ok(json.originationUrl(updated));
    }
}
