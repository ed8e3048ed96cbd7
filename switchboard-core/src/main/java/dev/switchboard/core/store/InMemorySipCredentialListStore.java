package dev.switchboard.core.store;

import dev.switchboard.core.sip.SipCredentialList;
import java.util.List;
import java.util.Optional;

/** {@link SipCredentialListStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemorySipCredentialListStore implements SipCredentialListStore {
    private final InMemoryTable<SipCredentialList> table =
            new InMemoryTable<>(SipCredentialList::sid, SipCredentialList::accountSid, List.of());

    @Override
    public void create(SipCredentialList list) {
        table.insert(RequiredFields.check(list));
    }

    @Override
    public Optional<SipCredentialList> find(String accountSid, String sid) {
        return table.find(sid).filter(l -> l.accountSid().equals(accountSid));
    }

    @Override
    public boolean update(SipCredentialList list) {
        return table.update(RequiredFields.check(list));
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return table.delete(accountSid, sid);
    }

    @Override
    public Page<SipCredentialList> list(String accountSid, PageRequest page) {
        return table.list(l -> l.accountSid().equals(accountSid), l -> true, page);
    }

    @Override
    public long count(String accountSid) {
        return table.all(l -> l.accountSid().equals(accountSid)).size();
    }
}
