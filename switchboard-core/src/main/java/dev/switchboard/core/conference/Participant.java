package dev.switchboard.core.conference;

import java.time.Instant;

/**
 * A call in a conference, keyed by (conference, call). A participant created through the REST API
 * exists from the moment its leg is placed ({@code queued}) and becomes {@code connected} when the
 * leg answers and joins; a participant leaving the conference is removed, as on Twilio, where the
 * Participants list holds the conference's current members only.
 *
 * @param label          a name unique in the conference, usable instead of the CallSid; may be null
 * @param callSidToCoach the participant this one coaches; null unless {@code coaching}
 */
public record Participant(
        String callSid,
        String conferenceSid,
        String accountSid,
        String label,
        boolean muted,
        boolean hold,
        boolean coaching,
        String callSidToCoach,
        boolean startConferenceOnEnter,
        boolean endConferenceOnExit,
        ParticipantStatus status,
        Instant dateCreated,
        Instant dateUpdated) {

    public Participant withStatus(ParticipantStatus s, Instant at) {
        return new Participant(callSid, conferenceSid, accountSid, label, muted, hold, coaching, callSidToCoach,
                startConferenceOnEnter, endConferenceOnExit, s, dateCreated, at);
    }

    public Participant withFlags(boolean newMuted, boolean newHold, boolean newEndOnExit, boolean newCoaching,
            String newCallSidToCoach, Instant at) {
        return new Participant(callSid, conferenceSid, accountSid, label, newMuted, newHold, newCoaching, newCallSidToCoach,
                startConferenceOnEnter, newEndOnExit, status, dateCreated, at);
    }
}
