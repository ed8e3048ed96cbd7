package dev.switchboard.core.store;

import dev.switchboard.core.sip.Trunk;
import java.util.Optional;

/**
 * Elastic SIP Trunks. A trunk's domain name, when set, is unique across all accounts: a second one (on create or
 * update) is a {@link DuplicateKeyException}. Thread-safe; may block on I/O.
 */
public interface TrunkStore {
    void create(Trunk trunk);

    Optional<Trunk> find(String accountSid, String sid);

    /** The trunk with this (lower-case) termination domain name in any account: names are platform-wide. */
    Optional<Trunk> findByDomainName(String domainName);

    /**
     * The trunk the number {@code e164} is attached to ({@code IncomingPhoneNumber.trunkSid}, same account), if it is
     * owned and attached: what the call engine asks for a call arriving for a number.
     */
    Optional<Trunk> trunkForPhoneNumber(String e164);

    boolean update(Trunk trunk);

    boolean delete(String accountSid, String sid);

    /** Oldest first. */
    Page<Trunk> list(String accountSid, PageRequest page);
}
