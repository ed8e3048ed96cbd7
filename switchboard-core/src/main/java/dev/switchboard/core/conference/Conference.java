package dev.switchboard.core.conference;

import java.time.Instant;

/**
 * A conference room (CF…), created by the first {@code <Dial><Conference>} or participant create
 * with its friendly name, and reused under that name while it is not completed (names are scoped
 * to the account).
 *
 * @param region                  {@code us1} unless the first participant asked for another
 * @param reasonConferenceEnded   {@code conference-ended-via-api}, {@code last-participant-left}…; null while live
 * @param callSidEndingConference the participant whose leaving ended it; null otherwise
 */
public record Conference(
        String sid,
        String accountSid,
        String friendlyName,
        ConferenceStatus status,
        String region,
        String reasonConferenceEnded,
        String callSidEndingConference,
        Instant dateCreated,
        Instant dateUpdated) {

    public Conference withStatus(ConferenceStatus s, Instant at) {
        return new Conference(sid, accountSid, friendlyName, s, region, reasonConferenceEnded, callSidEndingConference,
                dateCreated, at);
    }

    public Conference ended(String reason, String endingCallSid, Instant at) {
        return new Conference(sid, accountSid, friendlyName, ConferenceStatus.COMPLETED, region, reason, endingCallSid,
                dateCreated, at);
    }
}
