package dev.switchboard.core.store;

import dev.switchboard.core.account.Application;
import java.util.List;
import java.util.Optional;

/** {@link ApplicationStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemoryApplicationStore implements ApplicationStore {
    private final InMemoryTable<Application> table =
            new InMemoryTable<>(Application::sid, Application::accountSid, List.of());

    @Override
    public void create(Application application) {
        table.insert(RequiredFields.check(application));
    }

    @Override
    public Optional<Application> find(String accountSid, String sid) {
        return table.find(sid).filter(a -> a.accountSid().equals(accountSid));
    }

    @Override
    public Optional<Application> findBySid(String sid) {
        return table.find(sid);
    }

    @Override
    public boolean update(Application application) {
        return table.update(RequiredFields.check(application));
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return table.delete(accountSid, sid);
    }

    @Override
    public Page<Application> list(String accountSid, Optional<String> friendlyName, PageRequest page) {
        return table.list(
                a -> a.accountSid().equals(accountSid),
                a -> friendlyName.map(n -> n.equals(a.friendlyName())).orElse(true),
                page);
    }
}
