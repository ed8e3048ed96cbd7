package dev.switchboard.core.store;

import dev.switchboard.core.sip.SipDomainMapping;
import dev.switchboard.core.sip.SipMappingKind;
import java.util.List;
import java.util.Optional;

/**
 * {@link SipDomainMappingStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. Rows are
 * keyed by domain, kind and list, so a list SID alone (as paging hands it over) is turned into that key.
 */
public final class InMemorySipDomainMappingStore implements SipDomainMappingStore {
    private final InMemoryTable<SipDomainMapping> table = new InMemoryTable<>(
            m -> key(m.domainSid(), m.kind(), m.listSid()), SipDomainMapping::accountSid, List.of());

    private static String key(String domainSid, SipMappingKind kind, String listSid) {
        return domainSid + "/" + kind.wire() + "/" + listSid;
    }

    @Override
    public void create(SipDomainMapping mapping) {
        table.insert(RequiredFields.check(mapping));
    }

    @Override
    public Optional<SipDomainMapping> find(String accountSid, String domainSid, SipMappingKind kind, String listSid) {
        return table.find(key(domainSid, kind, listSid)).filter(m -> m.accountSid().equals(accountSid));
    }

    @Override
    public boolean delete(String accountSid, String domainSid, SipMappingKind kind, String listSid) {
        return table.delete(accountSid, key(domainSid, kind, listSid));
    }

    @Override
    public int deleteAll(String accountSid, String domainSid) {
        int n = 0;
        for (SipDomainMapping m : table.all(m -> m.accountSid().equals(accountSid) && m.domainSid().equals(domainSid))) {
            if (table.delete(accountSid, key(m.domainSid(), m.kind(), m.listSid()))) n++;
        }
        return n;
    }

    @Override
    public boolean isMapped(String accountSid, String listSid) {
        return table.first(m -> m.accountSid().equals(accountSid) && m.listSid().equals(listSid)).isPresent();
    }

    @Override
    public Page<SipDomainMapping> list(String accountSid, String domainSid, SipMappingKind kind, PageRequest page) {
        PageRequest keyed = new PageRequest(page.pageSize(), page.page(), page.afterSid().map(s -> key(domainSid, kind, s)));
        return table.list(m -> m.accountSid().equals(accountSid) && m.domainSid().equals(domainSid) && m.kind() == kind,
                m -> true, keyed);
    }
}
