package dev.switchboard.core.store;

import dev.switchboard.core.sip.SipDomain;
import java.util.List;
import java.util.Optional;

/** {@link SipDomainStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemorySipDomainStore implements SipDomainStore {
    private final InMemoryTable<SipDomain> table = new InMemoryTable<>(SipDomain::sid, SipDomain::accountSid,
            List.of(new InMemoryTable.Unique<>("domain name", SipDomain::domainName)));

    @Override
    public void create(SipDomain domain) {
        table.insert(RequiredFields.check(domain));
    }

    @Override
    public Optional<SipDomain> find(String accountSid, String sid) {
        return table.find(sid).filter(d -> d.accountSid().equals(accountSid));
    }

    @Override
    public Optional<SipDomain> findByDomainName(String domainName) {
        return table.first(d -> d.domainName().equals(domainName));
    }

    @Override
    public boolean update(SipDomain domain) {
        return table.update(RequiredFields.check(domain));
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return table.delete(accountSid, sid);
    }

    @Override
    public Page<SipDomain> list(String accountSid, PageRequest page) {
        return table.list(d -> d.accountSid().equals(accountSid), d -> true, page);
    }

    @Override
    public long count(String accountSid) {
        return table.all(d -> d.accountSid().equals(accountSid)).size();
    }

    @Override
    public boolean hasSubdomains(String domainName) {
        return table.first(d -> d.domainName().endsWith("." + domainName)).isPresent();
    }
}
