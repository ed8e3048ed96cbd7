package dev.switchboard.server.api.bins;

import dev.switchboard.core.account.TwimlBin;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.TwimlBinStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** {@code POST /Accounts/{AccountSid}/TwimlBins.json}: {@code Twiml} required, {@code FriendlyName} optional. */
public final class CreateTwimlBinHandler implements ApiHandler {
    private final TwimlBinStore bins;
    private final Clock clock;
    private final String publicUrl;

    public CreateTwimlBinHandler(TwimlBinStore bins, Clock clock, String publicUrl) {
        this.bins = bins;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        if (!req.has("Twiml")) throw new TwilioException(TwilioError.MISSING_PARAMETER, "Twiml");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        TwimlBin bin = TwimlBinForm.apply(
                new TwimlBin(Sids.next(SidPrefix.TWIML_BIN), req.accountSid(), null, "", now, now), req, now);
        bins.create(bin);
        return ApiResponse.created(TwimlBinJson.of(bin, publicUrl));
    }
}
