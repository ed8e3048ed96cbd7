package dev.switchboard.server.api.bins;

import dev.switchboard.core.account.TwimlBin;
import dev.switchboard.core.store.TwimlBinStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** {@code POST /Accounts/{AccountSid}/TwimlBins/{Sid}.json}: {@code FriendlyName} and/or {@code Twiml}. */
public final class UpdateTwimlBinHandler implements ApiHandler {
    private final TwimlBinStore bins;
    private final Clock clock;
    private final String publicUrl;

    public UpdateTwimlBinHandler(TwimlBinStore bins, Clock clock, String publicUrl) {
        this.bins = bins;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        TwimlBin current = bins.find(req.accountSid(), req.pathParam("Sid"))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
        TwimlBin updated = TwimlBinForm.apply(current, req, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        if (!bins.update(updated)) throw ApiDispatcher.notFound(req.path());
        return ApiResponse.ok(TwimlBinJson.of(updated, publicUrl));
    }
}
