package dev.switchboard.server.api.trunking;

import dev.switchboard.core.store.SipStores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code DELETE /v1/Trunks/{TrunkSid}/OriginationUrls/{Sid}} (Twilio's DeleteOriginationUrl). */
public final class DeleteOriginationUrlHandler implements ApiHandler {
    private final SipStores sip;

    DeleteOriginationUrlHandler(SipStores sip) {
        this.sip = sip;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        if (!sip.originationUrls().delete(req.accountSid(), req.pathParam("TrunkSid"), req.pathParam("Sid"))) {
            throw ApiDispatcher.notFound(req.path());
        }
        return ApiResponse.noContent();
    }
}
