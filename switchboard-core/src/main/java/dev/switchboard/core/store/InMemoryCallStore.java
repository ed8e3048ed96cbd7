package dev.switchboard.core.store;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallFilter;
import java.util.List;
import java.util.Optional;

/** {@link CallStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemoryCallStore implements CallStore {
    private final InMemoryTable<Call> table = new InMemoryTable<>(Call::sid, Call::accountSid, List.of());

    @Override
    public void create(Call call) {
        table.insert(RequiredFields.check(call));
    }

    @Override
    public Optional<Call> find(String accountSid, String sid) {
        return table.find(sid).filter(c -> c.accountSid().equals(accountSid));
    }

    @Override
    public Optional<Call> findBySid(String sid) {
        return table.find(sid);
    }

    @Override
    public boolean update(Call call) {
        return table.update(RequiredFields.check(call));
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return table.delete(accountSid, sid);
    }

    @Override
    public Page<Call> list(String accountSid, CallFilter filter, PageRequest page) {
        return table.listNewestFirst(c -> c.accountSid().equals(accountSid), filter::matches, page);
    }
}
