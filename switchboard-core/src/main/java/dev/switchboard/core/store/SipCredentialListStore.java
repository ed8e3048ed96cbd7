package dev.switchboard.core.store;

import dev.switchboard.core.sip.SipCredentialList;
import java.util.Optional;

/** SIP credential lists. Thread-safe; may block on I/O. */
public interface SipCredentialListStore {
    void create(SipCredentialList list);

    Optional<SipCredentialList> find(String accountSid, String sid);

    boolean update(SipCredentialList list);

    boolean delete(String accountSid, String sid);

    /** Oldest first. */
    Page<SipCredentialList> list(String accountSid, PageRequest page);

    /** How many lists the account has (Twilio allows 100). */
    long count(String accountSid);
}
