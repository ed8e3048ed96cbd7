package dev.switchboard.core.store;

import dev.switchboard.core.sip.TrunkOriginationUrl;
import java.util.List;
import java.util.Optional;

/** {@link TrunkOriginationUrlStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemoryTrunkOriginationUrlStore implements TrunkOriginationUrlStore {
    private final InMemoryTable<TrunkOriginationUrl> table = new InMemoryTable<>(TrunkOriginationUrl::sid,
            TrunkOriginationUrl::accountSid, List.of());

    @Override
    public void create(TrunkOriginationUrl url) {
        table.insert(RequiredFields.check(url));
    }

    @Override
    public Optional<TrunkOriginationUrl> find(String accountSid, String trunkSid, String sid) {
        return table.find(sid).filter(u -> u.accountSid().equals(accountSid) && u.trunkSid().equals(trunkSid));
    }

    @Override
    public boolean update(TrunkOriginationUrl url) {
        RequiredFields.check(url);
        if (find(url.accountSid(), url.trunkSid(), url.sid()).isEmpty()) return false;
        return table.update(url);
    }

    @Override
    public boolean delete(String accountSid, String trunkSid, String sid) {
        return find(accountSid, trunkSid, sid).isPresent() && table.delete(accountSid, sid);
    }

    @Override
    public int deleteAll(String accountSid, String trunkSid) {
        int n = 0;
        for (TrunkOriginationUrl u : all(accountSid, trunkSid)) {
            if (table.delete(accountSid, u.sid())) n++;
        }
        return n;
    }

    @Override
    public Page<TrunkOriginationUrl> list(String accountSid, String trunkSid, PageRequest page) {
        return table.list(u -> u.accountSid().equals(accountSid) && u.trunkSid().equals(trunkSid), u -> true, page);
    }

    @Override
    public List<TrunkOriginationUrl> all(String accountSid, String trunkSid) {
        return table.all(u -> u.accountSid().equals(accountSid) && u.trunkSid().equals(trunkSid));
    }
}
