package dev.switchboard.core.store;

import dev.switchboard.core.sip.SipIpAddress;
import java.util.Optional;

/** The entries of SIP IP access control lists. Thread-safe; may block on I/O. */
public interface SipIpAddressStore {
    void create(SipIpAddress address);

    Optional<SipIpAddress> find(String accountSid, String ipAccessControlListSid, String sid);

    boolean update(SipIpAddress address);

    boolean delete(String accountSid, String ipAccessControlListSid, String sid);

    /** Removes every entry of a list (the list is being deleted); answers how many went. */
    int deleteAll(String accountSid, String ipAccessControlListSid);

    /** Oldest first, one list's entries. */
    Page<SipIpAddress> list(String accountSid, String ipAccessControlListSid, PageRequest page);

    /** How many entries a list holds (Twilio allows 100). */
    long count(String accountSid, String ipAccessControlListSid);
}
