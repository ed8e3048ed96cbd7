package dev.switchboard.server.db;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A small read-through cache for directory look-ups on the call path (credentials, number
 * ownership), absent answers included. Writes made through this node invalidate at once; a change
 * made by another node sharing the database is seen within {@link #TTL}. Thread-safe.
 */
final class DirectoryCache<V> {
    /** How stale a cached directory answer may be when another node changed the record. */
    static final Duration TTL = Duration.ofSeconds(2);
    private final Cache<String, Optional<V>> cache = Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(TTL).build();

    Optional<V> get(String key, Supplier<Optional<V>> load) {
        return cache.get(key, k -> load.get());
    }

    void invalidate(String key) { cache.invalidate(key); }

    void invalidateAll() { cache.invalidateAll(); }
}
