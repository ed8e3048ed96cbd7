package dev.switchboard.server.api.trunking;

import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET /v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}} (Twilio's FetchOriginationUrl). */
public final class FetchOriginationUrlHandler implements ApiHandler {
    private final SipStores sip;
    private final TrunkJson json;

    FetchOriginationUrlHandler(SipStores sip, TrunkJson json) {
        this.sip = sip;
        this.json = json;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return sip.originationUrls().find(req.accountSid(), req.pathParam("TrunkSid"), req.pathParam("Sid"))
                .map(u -> ApiResponse.ok(json.originationUrl(u)))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
