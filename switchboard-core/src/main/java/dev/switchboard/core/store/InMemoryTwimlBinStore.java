package dev.switchboard.core.store;

import dev.switchboard.core.account.TwimlBin;
import java.util.List;
import java.util.Optional;

/** {@link TwimlBinStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemoryTwimlBinStore implements TwimlBinStore {
    private final InMemoryTable<TwimlBin> table = new InMemoryTable<>(TwimlBin::sid, TwimlBin::accountSid, List.of());

    @Override
    public void create(TwimlBin bin) {
        table.insert(RequiredFields.check(bin));
    }

    @Override
    public Optional<TwimlBin> find(String accountSid, String sid) {
        return table.find(sid).filter(b -> b.accountSid().equals(accountSid));
    }

    @Override
    public Optional<TwimlBin> findBySid(String sid) {
        return table.find(sid);
    }

    @Override
    public boolean update(TwimlBin bin) {
        return table.update(RequiredFields.check(bin));
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return table.delete(accountSid, sid);
    }

    @Override
    public Page<TwimlBin> list(String accountSid, PageRequest page) {
        return table.list(b -> b.accountSid().equals(accountSid), b -> true, page);
    }
}
