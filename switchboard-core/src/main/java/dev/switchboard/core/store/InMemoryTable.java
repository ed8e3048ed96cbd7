package dev.switchboard.core.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rows of one in-memory store in insertion order, keyed by SID, behind a read-write lock (no
 * {@code synchronized}, so callers on virtual threads never pin a carrier). Replacing a row keeps
 * its place, as the JDBC stores keep a row's ordering column on update. Never blocks on I/O.
 *
 * @param <T> the record type
 */
final class InMemoryTable<T> {
    /** A unique column besides the SID, e.g. an incoming phone number's E.164 number. */
    record Unique<T>(String name, Function<T, ?> key) {}

    private final Function<T, String> sidOf;
    private final Function<T, String> scopeOf;
    private final List<Unique<T>> uniques;
    private final LinkedHashMap<String, T> rows = new LinkedHashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    /**
     * @param sidOf   the primary key
     * @param scopeOf the owning account; updates and deletes only match a row in the same scope
     * @param uniques further unique keys, checked on insert and update
     */
    InMemoryTable(Function<T, String> sidOf, Function<T, String> scopeOf, List<Unique<T>> uniques) {
        this.sidOf = sidOf;
        this.scopeOf = scopeOf;
        this.uniques = List.copyOf(uniques);
    }

    void insert(T row) {
        lock.writeLock().lock();
        try {
            String sid = sidOf.apply(row);
            if (rows.containsKey(sid)) throw new DuplicateKeyException("duplicate sid " + sid);
            checkUniques(row);
            rows.put(sid, row);
        } finally {
            lock.writeLock().unlock();
        }
    }

    boolean update(T row) {
        lock.writeLock().lock();
        try {
            String sid = sidOf.apply(row);
            T old = rows.get(sid);
            if (old == null || !scopeOf.apply(old).equals(scopeOf.apply(row))) return false;
            checkUniques(row);
            rows.put(sid, row);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    boolean delete(String scope, String sid) {
        lock.writeLock().lock();
        try {
            T old = rows.get(sid);
            if (old == null || !scopeOf.apply(old).equals(scope)) return false;
            rows.remove(sid);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    Optional<T> find(String sid) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(rows.get(sid));
        } finally {
            lock.readLock().unlock();
        }
    }

    Optional<T> first(Predicate<T> where) {
        lock.readLock().lock();
        try {
            return rows.values().stream().filter(where).findFirst();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every row that passes {@code where}, oldest first (a snapshot). */
    List<T> all(Predicate<T> where) {
        lock.readLock().lock();
        try {
            return rows.values().stream().filter(where).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Rows in {@code scope} that pass {@code filter}, oldest first. With {@code afterSid}, starts
     * after that row, which must itself be in scope (filters aside); otherwise the page is empty.
     */
    Page<T> list(Predicate<T> scope, Predicate<T> filter, PageRequest request) {
        lock.readLock().lock();
        try {
            return page(rows.values(), scope, filter, request);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** As {@link #list}, but newest first: {@code afterSid} continues with older rows. */
    Page<T> listNewestFirst(Predicate<T> scope, Predicate<T> filter, PageRequest request) {
        lock.readLock().lock();
        try {
            return page(rows.sequencedValues().reversed(), scope, filter, request);
        } finally {
            lock.readLock().unlock();
        }
    }

    private Page<T> page(Collection<T> ordered, Predicate<T> scope, Predicate<T> filter, PageRequest request) {
        Iterator<T> it = ordered.iterator();
        if (request.afterSid().isPresent() && !skipPast(it, scope, request.afterSid().get())) {
            return new Page<>(List.of(), false);
        }
        long toSkip = request.afterSid().isPresent() ? 0 : (long) request.page() * request.pageSize();
        List<T> items = new ArrayList<>();
        while (it.hasNext()) {
            T row = it.next();
            if (!scope.test(row) || !filter.test(row)) continue;
            if (toSkip > 0) { toSkip--; continue; }
            if (items.size() == request.pageSize()) return new Page<>(items, true);
            items.add(row);
        }
        return new Page<>(items, false);
    }

    private boolean skipPast(Iterator<T> it, Predicate<T> scope, String afterSid) {
        while (it.hasNext()) {
            T row = it.next();
            if (sidOf.apply(row).equals(afterSid)) return scope.test(row);
        }
        return false;
    }

    private void checkUniques(T row) {
        String sid = sidOf.apply(row);
        for (Unique<T> u : uniques) {
            Object key = u.key().apply(row);
            for (T other : rows.values()) {
                if (!sidOf.apply(other).equals(sid) && key.equals(u.key().apply(other))) {
                    throw new DuplicateKeyException(u.name() + " " + key + " is already in use");
                }
            }
        }
    }
}
