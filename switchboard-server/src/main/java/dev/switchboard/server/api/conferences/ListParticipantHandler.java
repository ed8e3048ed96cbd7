package dev.switchboard.server.api.conferences;

import dev.switchboard.core.conference.Conference;
import dev.switchboard.core.conference.Participant;
import dev.switchboard.core.conference.ParticipantFilter;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.Stores;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import dev.switchboard.server.api.Paging;

/** {@code GET …/Conferences/{ConferenceSid}/Participants.json}: current participants in join order; filters Muted, Hold, Coaching. */
public final class ListParticipantHandler implements ApiHandler {
    private final Stores stores;

    public ListParticipantHandler(Stores stores) { this.stores = stores; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Conference c = ConferenceLookup.conference(stores, req, "ConferenceSid");
        PageRequest pr = Paging.request(req);
        ParticipantFilter f = new ParticipantFilter(FormFields.bool(req, "Muted"), FormFields.bool(req, "Hold"),
                FormFields.bool(req, "Coaching"));
        var page = stores.participants().list(req.accountSid(), c.sid(), f, pr);
        return ApiResponse.ok(Paging.envelope("participants", page, pr,
                ConferenceJson.path(c.accountSid(), c.sid()) + "/Participants.json",
                Paging.filters(req, "Muted", "Hold", "Coaching"), ConferenceJson::of, Participant::callSid));
    }
}
