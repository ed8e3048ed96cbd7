package dev.switchboard.core.store;

import dev.switchboard.core.account.ApiKey;
import java.util.Optional;

/** API keys of an account. Thread-safe; may block on I/O. */
public interface ApiKeyStore {
    void create(ApiKey key);

    Optional<ApiKey> find(String accountSid, String sid);

    /** The key with this SID in any account (for Basic auth and access tokens). */
    Optional<ApiKey> findBySid(String sid);

    boolean update(ApiKey key);

    boolean delete(String accountSid, String sid);

    /** Oldest first. */
    Page<ApiKey> list(String accountSid, PageRequest page);
}
