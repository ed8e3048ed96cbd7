package dev.switchboard.server.api.bins;

import dev.switchboard.core.store.TwimlBinStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;

/** {@code GET /Accounts/{AccountSid}/TwimlBins/{Sid}.json}. */
public final class FetchTwimlBinHandler implements ApiHandler {
    private final TwimlBinStore bins;
    private final String publicUrl;

    public FetchTwimlBinHandler(TwimlBinStore bins, String publicUrl) {
        this.bins = bins;
        this.publicUrl = publicUrl;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        return bins.find(req.accountSid(), req.pathParam("Sid"))
                .map(b -> ApiResponse.ok(TwimlBinJson.of(b, publicUrl)))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
