package dev.switchboard.core.store;

import dev.switchboard.core.sip.TrunkListKind;
import dev.switchboard.core.sip.TrunkListMapping;
import java.util.List;
import java.util.Optional;

/**
 * {@link TrunkListMappingStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. Rows are keyed
 * by trunk, kind and list, so a list SID alone (as paging hands it over) is turned into that key.
 */
public final class InMemoryTrunkListMappingStore implements TrunkListMappingStore {
    private final InMemoryTable<TrunkListMapping> table = new InMemoryTable<>(
            m -> key(m.trunkSid(), m.kind(), m.listSid()), TrunkListMapping::accountSid, List.of());

    private static String key(String trunkSid, TrunkListKind kind, String listSid) {
        return trunkSid + "/" + kind.wire() + "/" + listSid;
    }

    @Override
    public void create(TrunkListMapping mapping) {
        table.insert(RequiredFields.check(mapping));
    }

    @Override
    public Optional<TrunkListMapping> find(String accountSid, String trunkSid, TrunkListKind kind, String listSid) {
        return table.find(key(trunkSid, kind, listSid)).filter(m -> m.accountSid().equals(accountSid));
    }

    @Override
    public boolean delete(String accountSid, String trunkSid, TrunkListKind kind, String listSid) {
        return table.delete(accountSid, key(trunkSid, kind, listSid));
    }

    @Override
    public int deleteAll(String accountSid, String trunkSid) {
        int n = 0;
        for (TrunkListMapping m : table.all(m -> m.accountSid().equals(accountSid) && m.trunkSid().equals(trunkSid))) {
            if (table.delete(accountSid, key(m.trunkSid(), m.kind(), m.listSid()))) n++;
        }
        return n;
    }

    @Override
    public boolean isMapped(String accountSid, String listSid) {
        return table.first(m -> m.accountSid().equals(accountSid) && m.listSid().equals(listSid)).isPresent();
    }

    @Override
    public Page<TrunkListMapping> list(String accountSid, String trunkSid, TrunkListKind kind, PageRequest page) {
        PageRequest keyed = new PageRequest(page.pageSize(), page.page(), page.afterSid().map(s -> key(trunkSid, kind, s)));
        return table.list(m -> m.accountSid().equals(accountSid) && m.trunkSid().equals(trunkSid) && m.kind() == kind,
                m -> true, keyed);
    }
}
