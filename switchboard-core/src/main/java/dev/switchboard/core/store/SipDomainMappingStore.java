package dev.switchboard.core.store;

import dev.switchboard.core.sip.SipDomainMapping;
import dev.switchboard.core.sip.SipMappingKind;
import java.util.Optional;

/**
 * The lists mapped to SIP domains. Mapping the same list to a domain twice for the same kind is a
 * {@link DuplicateKeyException}. Paging's {@code afterSid} is a mapped list's SID. Thread-safe; may block on I/O.
 */
public interface SipDomainMappingStore {
    void create(SipDomainMapping mapping);

    Optional<SipDomainMapping> find(String accountSid, String domainSid, SipMappingKind kind, String listSid);

    boolean delete(String accountSid, String domainSid, SipMappingKind kind, String listSid);

    /** Removes every mapping of a domain (it is being deleted); answers how many went. */
    int deleteAll(String accountSid, String domainSid);

    /** Whether a list is mapped to any domain, for any kind. */
    boolean isMapped(String accountSid, String listSid);

    /** Oldest first, one domain's mappings of one kind. */
    Page<SipDomainMapping> list(String accountSid, String domainSid, SipMappingKind kind, PageRequest page);
}
