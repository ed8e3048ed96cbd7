package dev.switchboard.core.store;

import dev.switchboard.core.account.ApiKey;
import java.util.List;
import java.util.Optional;

/** {@link ApiKeyStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemoryApiKeyStore implements ApiKeyStore {
    private final InMemoryTable<ApiKey> table = new InMemoryTable<>(ApiKey::sid, ApiKey::accountSid, List.of());

    @Override
    public void create(ApiKey key) {
        table.insert(RequiredFields.check(key));
    }

    @Override
    public Optional<ApiKey> find(String accountSid, String sid) {
        return table.find(sid).filter(k -> k.accountSid().equals(accountSid));
    }

    @Override
    public Optional<ApiKey> findBySid(String sid) {
        return table.find(sid);
    }

    @Override
    public boolean update(ApiKey key) {
        return table.update(RequiredFields.check(key));
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return table.delete(accountSid, sid);
    }

    @Override
    public Page<ApiKey> list(String accountSid, PageRequest page) {
        return table.list(k -> k.accountSid().equals(accountSid), k -> true, page);
    }
}
