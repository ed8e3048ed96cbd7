package dev.switchboard.server.api.conferences;

import dev.switchboard.core.conference.Participant;
import dev.switchboard.core.store.Stores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.conferences.ConferenceRooms;

/**
 * {@code DELETE …/Conferences/{ConferenceSid}/Participants/{CallSid}.json} kicks the participant
 * (204): its Dial ends with {@code DialCallStatus=answered} and its call continues with the Dial's
 * action. A participant whose leg is still being placed (queued) cannot be kicked: 20404.
 */
public final class DeleteParticipantHandler implements ApiHandler {
    private final Stores stores;
    private final ConferenceRooms rooms;

    public DeleteParticipantHandler(Stores stores, ConferenceRooms rooms) {
        this.stores = stores;
        this.rooms = rooms;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        Participant p = ConferenceLookup.participant(stores, req);
        if (!rooms.kick(p.accountSid(), p.conferenceSid(), p.callSid())) throw ApiDispatcher.notFound(req.path());
        return ApiResponse.noContent();
    }
}
