package dev.switchboard.server.api.conferences;

import dev.switchboard.core.conference.Participant;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.store.Stores;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import dev.switchboard.server.conferences.ConferenceRooms;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * {@code POST …/Conferences/{ConferenceSid}/Participants/{CallSid}.json}: {@code Muted}, {@code Hold},
 * {@code EndConferenceOnExit}, {@code Coaching}, {@code CallSidToCoach} change the participant's
 * flags and report {@code participant-mute/unmute}, {@code -hold/unhold}, {@code -modify}.
 * {@code HoldUrl}, {@code WaitUrl} and {@code BeepOnExit} are accepted and have no effect (no
 * audio); {@code AnnounceUrl} is refused with 20001 until announcements exist.
 */
public final class UpdateParticipantHandler implements ApiHandler {
    private final Stores stores;
    private final ConferenceRooms rooms;
    private final Clock clock;

    public UpdateParticipantHandler(Stores stores, ConferenceRooms rooms, Clock clock) {
        this.stores = stores;
        this.rooms = rooms;
        this.clock = clock;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Participant p = ConferenceLookup.participant(stores, req);
        if (req.param("AnnounceUrl").filter(v -> !v.isEmpty()).isPresent()) {
            throw new TwilioException(TwilioError.BAD_REQUEST, "AnnounceUrl is not supported yet (conferences have no audio)");
        }
        FormFields.url(req, "HoldUrl", TwilioError.URL_INVALID);
        FormFields.url(req, "WaitUrl", TwilioError.URL_INVALID);
        FormFields.method(req, "HoldMethod", TwilioError.METHOD_INVALID);
        FormFields.method(req, "WaitMethod", TwilioError.METHOD_INVALID);
        FormFields.bool(req, "BeepOnExit");
        boolean coaching = FormFields.bool(req, "Coaching").orElse(p.coaching());
        String toCoach = FormFields.replaceOrClear(req.param("CallSidToCoach"), p.callSidToCoach());
        Participant after = p.withFlags(FormFields.bool(req, "Muted").orElse(p.muted()), FormFields.bool(req, "Hold").orElse(p.hold()),
                FormFields.bool(req, "EndConferenceOnExit").orElse(p.endConferenceOnExit()), coaching, coaching ? toCoach : null,
                clock.instant().truncatedTo(ChronoUnit.SECONDS));
        return ApiResponse.ok(ConferenceJson.of(rooms.update(p, after)));
    }
}
