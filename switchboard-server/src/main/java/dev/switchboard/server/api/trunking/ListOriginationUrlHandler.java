package dev.switchboard.server.api.trunking;

import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.sip.TrunkOriginationUrl;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.Paging;

/** {@code GET /v1/Trunks/{TrunkSid}/OriginationUrls} (Twilio's ListOriginationUrl): oldest first, key {@code origination_urls}. */
public final class ListOriginationUrlHandler implements ApiHandler {
    private final SipStores sip;
    private final TrunkJson json;
    private final V1Json v1;

    ListOriginationUrlHandler(SipStores sip, TrunkJson json, V1Json v1) {
        this.sip = sip;
        this.json = json;
        this.v1 = v1;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Trunk trunk = TrunkLookup.trunk(sip.trunks(), req);
        PageRequest pr = Paging.request(req);
        return ApiResponse.ok(V1Paging.envelope("origination_urls", sip.originationUrls().list(trunk.accountSid(), trunk.sid(), pr),
                pr, v1.underTrunk(trunk.sid(), "OriginationUrls"), json::originationUrl, TrunkOriginationUrl::sid));
    }
}
