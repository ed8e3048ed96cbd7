package dev.switchboard.core.store;

import dev.switchboard.core.sip.SipDomain;
import java.util.Optional;

/**
 * SIP domains. A domain name is unique across all accounts: a second one (on create or update) is a
 * {@link DuplicateKeyException}. Thread-safe; may block on I/O.
 */
public interface SipDomainStore {
    void create(SipDomain domain);

    Optional<SipDomain> find(String accountSid, String sid);

    /** The domain with this (lower-case) name in any account: names are platform-wide. */
    Optional<SipDomain> findByDomainName(String domainName);

    boolean update(SipDomain domain);

    boolean delete(String accountSid, String sid);

    /** Oldest first. */
    Page<SipDomain> list(String accountSid, PageRequest page);

    /** How many domains the account has (Twilio allows 100). */
    long count(String accountSid);

    /** Whether any domain, in any account, is a sub-domain of this name ({@code x.<domainName>}). */
    boolean hasSubdomains(String domainName);
}
