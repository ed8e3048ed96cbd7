package dev.switchboard.server.api.bins;

import dev.switchboard.core.account.TwimlBin;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.TwimlBinStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiJson;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.Paging;

/** {@code GET /Accounts/{AccountSid}/TwimlBins.json} (oldest first, list key {@code twiml_bins}). */
public final class ListTwimlBinHandler implements ApiHandler {
    private final TwimlBinStore bins;
    private final String publicUrl;

    public ListTwimlBinHandler(TwimlBinStore bins, String publicUrl) {
        this.bins = bins;
        this.publicUrl = publicUrl;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        PageRequest pr = Paging.request(req);
        var page = bins.list(req.accountSid(), pr);
        return ApiResponse.ok(Paging.envelope("twiml_bins", page, pr,
                ApiJson.accountPath(req.accountSid()) + "/TwimlBins.json",
                Paging.filters(req), b -> TwimlBinJson.of(b, publicUrl), TwimlBin::sid));
    }
}
