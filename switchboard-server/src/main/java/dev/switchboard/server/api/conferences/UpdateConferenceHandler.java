package dev.switchboard.server.api.conferences;

import dev.switchboard.core.conference.Conference;
import dev.switchboard.core.conference.ConferenceStatus;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.store.Stores;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import dev.switchboard.server.conferences.ConferenceRooms;

/**
 * {@code POST /Accounts/{AccountSid}/Conferences/{Sid}.json}: {@code Status=completed} ends a live
 * conference (reason {@code conference-ended-via-api}; every participant's Dial ends
 * {@code answered}); on a completed one it changes nothing. {@code AnnounceUrl} is refused with
 * 20001 until announcements exist (there is no audio mix).
 */
public final class UpdateConferenceHandler implements ApiHandler {
    private final Stores stores;
    private final ConferenceRooms rooms;

    public UpdateConferenceHandler(Stores stores, ConferenceRooms rooms) {
        this.stores = stores;
        this.rooms = rooms;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Conference c = ConferenceLookup.conference(stores, req, "Sid");
        if (req.param("AnnounceUrl").filter(v -> !v.isEmpty()).isPresent()) {
            throw new TwilioException(TwilioError.BAD_REQUEST, "AnnounceUrl is not supported yet (conferences have no audio)");
        }
        FormFields.method(req, "AnnounceMethod", TwilioError.METHOD_INVALID);
        if (req.param("Status").isPresent()) {
            String v = req.param("Status").get();
            if (!v.equals(ConferenceStatus.COMPLETED.wire())) throw FormFields.invalid("Status", v, "must be completed");
            if (c.status() != ConferenceStatus.COMPLETED) rooms.complete(c.accountSid(), c.sid());
        }
        return ApiResponse.ok(ConferenceJson.of(ConferenceLookup.conference(stores, req, "Sid")));
    }
}
