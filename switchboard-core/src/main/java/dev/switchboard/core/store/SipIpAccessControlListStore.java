package dev.switchboard.core.store;

import dev.switchboard.core.sip.SipIpAccessControlList;
import java.util.Optional;

/** SIP IP access control lists. Thread-safe; may block on I/O. */
public interface SipIpAccessControlListStore {
    void create(SipIpAccessControlList list);

    Optional<SipIpAccessControlList> find(String accountSid, String sid);

    boolean update(SipIpAccessControlList list);

    boolean delete(String accountSid, String sid);

    /** Oldest first. */
    Page<SipIpAccessControlList> list(String accountSid, PageRequest page);

    /** How many lists the account has (Twilio allows 1,000). */
    long count(String accountSid);
}
