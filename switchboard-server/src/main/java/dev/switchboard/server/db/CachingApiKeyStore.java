package dev.switchboard.server.db;

import dev.switchboard.core.account.ApiKey;
import dev.switchboard.core.store.ApiKeyStore;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import java.util.Optional;

/** {@link ApiKeyStore} with {@link #findBySid} cached (API-key Basic auth reads it on every request). */
final class CachingApiKeyStore implements ApiKeyStore {
    private final ApiKeyStore store;
    private final DirectoryCache<ApiKey> bySid = new DirectoryCache<>();

    CachingApiKeyStore(ApiKeyStore store) { this.store = store; }

    @Override
    public void create(ApiKey key) {
        try {
            store.create(key);
        } finally {
            bySid.invalidate(key.sid());
        }
    }

    @Override
    public Optional<ApiKey> find(String accountSid, String sid) { return store.find(accountSid, sid); }

    @Override
    public Optional<ApiKey> findBySid(String sid) { return bySid.get(sid, () -> store.findBySid(sid)); }

    @Override
    public boolean update(ApiKey key) {
        try {
            return store.update(key);
        } finally {
            bySid.invalidate(key.sid());
        }
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        try {
            return store.delete(accountSid, sid);
        } finally {
            bySid.invalidate(sid);
        }
    }

    @Override
    public Page<ApiKey> list(String accountSid, PageRequest page) { return store.list(accountSid, page); }
}
