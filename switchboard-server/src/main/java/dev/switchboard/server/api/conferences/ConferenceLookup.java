package dev.switchboard.server.api.conferences;

import dev.switchboard.core.conference.Conference;
import dev.switchboard.core.conference.Participant;
import dev.switchboard.core.store.Stores;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiRequest;

/** Path resolution shared by the handlers: the conference of {@code {ConferenceSid}}, a participant by CallSid or Label. */
final class ConferenceLookup {
    private ConferenceLookup() {}

    static Conference conference(Stores s, ApiRequest req, String param) {
        return s.conferences().find(req.accountSid(), req.pathParam(param)).orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }

    /** {@code {CallSid}} is a CA SID or, as on Twilio, the participant's label. */
    static Participant participant(Stores s, ApiRequest req) {
        Conference c = conference(s, req, "ConferenceSid");
        String key = req.pathParam("CallSid");
        return s.participants().find(req.accountSid(), c.sid(), key)
                .or(() -> s.participants().findByLabel(req.accountSid(), c.sid(), key))
                .orElseThrow(() -> ApiDispatcher.notFound(req.path()));
    }
}
