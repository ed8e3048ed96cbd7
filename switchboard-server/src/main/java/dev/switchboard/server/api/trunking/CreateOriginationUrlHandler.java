package dev.switchboard.server.api.trunking;

import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.sip.TrunkOriginationUrl;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** {@code POST /v1/Trunks/{TrunkSid}/OriginationUrls} (Twilio's CreateOriginationUrl): all five parameters required. */
public final class CreateOriginationUrlHandler implements ApiHandler {
    private final SipStores sip;
    private final TrunkJson json;
    private final Clock clock;

    CreateOriginationUrlHandler(SipStores sip, TrunkJson json, Clock clock) {
        this.sip = sip;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Trunk trunk = TrunkLookup.trunk(sip.trunks(), req);
        OriginationUrlForm.requireAll(req);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        TrunkOriginationUrl url = OriginationUrlForm.apply(new TrunkOriginationUrl(Sids.next(SidPrefix.ORIGINATION_URL),
                trunk.accountSid(), trunk.sid(), "", "", 10, 10, true, now, now), req, now);
        sip.originationUrls().create(url);
        return ApiResponse.created(json.originationUrl(url));
    }
}
