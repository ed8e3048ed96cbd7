package dev.switchboard.core.store;

import dev.switchboard.core.sip.SipIpAccessControlList;
import java.util.List;
import java.util.Optional;

/** {@link SipIpAccessControlListStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemorySipIpAccessControlListStore implements SipIpAccessControlListStore {
    private final InMemoryTable<SipIpAccessControlList> table =
            new InMemoryTable<>(SipIpAccessControlList::sid, SipIpAccessControlList::accountSid, List.of());

    @Override
    public void create(SipIpAccessControlList list) {
        table.insert(RequiredFields.check(list));
    }

    @Override
    public Optional<SipIpAccessControlList> find(String accountSid, String sid) {
        return table.find(sid).filter(l -> l.accountSid().equals(accountSid));
    }

    @Override
    public boolean update(SipIpAccessControlList list) {
        return table.update(RequiredFields.check(list));
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return table.delete(accountSid, sid);
    }

    @Override
    public Page<SipIpAccessControlList> list(String accountSid, PageRequest page) {
        return table.list(l -> l.accountSid().equals(accountSid), l -> true, page);
    }

    @Override
    public long count(String accountSid) {
        return table.all(l -> l.accountSid().equals(accountSid)).size();
    }
}
