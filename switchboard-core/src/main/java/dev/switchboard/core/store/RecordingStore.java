package dev.switchboard.core.store;

import dev.switchboard.core.recording.Recording;
import dev.switchboard.core.recording.RecordingFilter;
import java.util.Optional;

/**
 * Recording records (the audio itself lives beside them, in the server's recording files). Lists are
 * newest first (reverse creation order), as Twilio lists recordings. Thread-safe; every method may
 * block on I/O.
 */
public interface RecordingStore {
    /** Throws {@link DuplicateKeyException} when the SID is taken. */
    void create(Recording recording);

    Optional<Recording> find(String accountSid, String sid);

    /** Replaces every field of the recording with this SID in the same account; false when there is none. */
    boolean update(Recording recording);

    /** False when the account has no recording with this SID. */
    boolean delete(String accountSid, String sid);

    Page<Recording> list(String accountSid, RecordingFilter filter, PageRequest page);
}
