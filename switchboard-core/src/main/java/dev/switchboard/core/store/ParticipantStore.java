package dev.switchboard.core.store;

import dev.switchboard.core.conference.Participant;
import dev.switchboard.core.conference.ParticipantFilter;
import java.util.Optional;

/**
 * The current participants of conferences, keyed by (conference SID, call SID). Lists are oldest
 * first (join order). Thread-safe; every method may block on I/O.
 */
public interface ParticipantStore {
    /** Throws {@link DuplicateKeyException} when this call is already in this conference. */
    void create(Participant participant);

    Optional<Participant> find(String accountSid, String conferenceSid, String callSid);

    Optional<Participant> findByLabel(String accountSid, String conferenceSid, String label);

    /** Replaces every field of the participant with the same key and account; false when there is none. */
    boolean update(Participant participant);

    boolean delete(String accountSid, String conferenceSid, String callSid);

    Page<Participant> list(String accountSid, String conferenceSid, ParticipantFilter filter, PageRequest page);
}
