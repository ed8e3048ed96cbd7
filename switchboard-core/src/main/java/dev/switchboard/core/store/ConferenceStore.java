package dev.switchboard.core.store;

import dev.switchboard.core.conference.Conference;
import dev.switchboard.core.conference.ConferenceFilter;
import java.util.Optional;

/**
 * Conference records. The conference runtime creates and updates them; the REST API reads and
 * lists them. Lists are newest first (creation order in the store), as Twilio lists conferences.
 * Thread-safe; every method may block on I/O.
 */
public interface ConferenceStore {
    /** Throws {@link DuplicateKeyException} when the SID is taken. */
    void create(Conference conference);

    Optional<Conference> find(String accountSid, String sid);

    /** The account's newest conference with this friendly name that is not completed. */
    Optional<Conference> findLiveByName(String accountSid, String friendlyName);

    /** Replaces every field of the conference with this SID in the same account; false when there is none. */
    boolean update(Conference conference);

    Page<Conference> list(String accountSid, ConferenceFilter filter, PageRequest page);
}
