package dev.switchboard.core.store;

import dev.switchboard.core.sip.SipCredential;
import java.util.Optional;

/**
 * The credentials of SIP credential lists. A username is unique within its list (a second one is a
 * {@link DuplicateKeyException}). Thread-safe; may block on I/O.
 */
public interface SipCredentialStore {
    void create(SipCredential credential);

    Optional<SipCredential> find(String accountSid, String credentialListSid, String sid);

    /** The credential with this username in a list, for digest checks. */
    Optional<SipCredential> findByUsername(String credentialListSid, String username);

    boolean update(SipCredential credential);

    boolean delete(String accountSid, String credentialListSid, String sid);

    /** Removes every credential of a list (the list is being deleted); answers how many went. */
    int deleteAll(String accountSid, String credentialListSid);

    /** Oldest first, one list's credentials. */
    Page<SipCredential> list(String accountSid, String credentialListSid, PageRequest page);

    /** How many credentials a list holds (Twilio allows 1,000). */
    long count(String accountSid, String credentialListSid);
}
