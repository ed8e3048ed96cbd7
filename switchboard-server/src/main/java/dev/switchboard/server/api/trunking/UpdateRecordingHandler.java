package dev.switchboard.server.api.trunking;

import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.sip.TrunkRecordingMode;
import dev.switchboard.core.sip.TrunkRecordingTrim;
import dev.switchboard.core.store.TrunkStore;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * {@code POST /v1/Trunks/{TrunkSid}/Recording} (Twilio's UpdateRecording) with {@code Mode} and {@code Trim}, each
 * optional and one of Twilio's values (else 21200). The settings are stored and answered; nothing records yet.
 */
public final class UpdateRecordingHandler implements ApiHandler {
    private final TrunkStore trunks;
    private final Clock clock;

    UpdateRecordingHandler(TrunkStore trunks, Clock clock) {
        this.trunks = trunks;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Trunk t = TrunkLookup.trunk(trunks, req);
        TrunkRecordingMode mode = TrunkForm.choice(req, "Mode", TrunkRecordingMode::ofWire, TrunkRecordingMode.values(),
                TrunkRecordingMode::wire).orElse(t.recordingMode());
        TrunkRecordingTrim trim = TrunkForm.choice(req, "Trim", TrunkRecordingTrim::ofWire, TrunkRecordingTrim.values(),
                TrunkRecordingTrim::wire).orElse(t.recordingTrim());
        Trunk updated = new Trunk(t.sid(), t.accountSid(), t.friendlyName(), t.domainName(), t.disasterRecoveryUrl(),
                t.disasterRecoveryMethod(), t.transferMode(), t.transferCallerId(), t.secure(), t.cnamLookupEnabled(), mode,
                trim, t.dateCreated(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
        if (!trunks.update(updated)) throw ApiDispatcher.notFound(req.path());
        return ApiResponse.ok(TrunkJson.recording(updated));
    }
}
