package dev.switchboard.core.store;

import dev.switchboard.core.usage.UsageEvent;
import dev.switchboard.core.usage.UsageTotal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/** {@link UsageStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemoryUsageStore implements UsageStore {
    private final ReentrantLock lock = new ReentrantLock();
    private final List<UsageEvent> events = new ArrayList<>();
    private final Set<String> billed = new HashSet<>();

    @Override
    public void record(UsageEvent event) {
        Objects.requireNonNull(event, "event");
        lock.lock();
        try {
            if (!billed.add(event.callSid() + " " + event.category())) {
                throw new DuplicateKeyException("usage already recorded for " + event.callSid() + " in " + event.category());
            }
            events.add(event);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<UsageTotal> summarize(Collection<String> accountSids, Optional<String> category, LocalDate start, LocalDate end) {
        Set<String> accounts = Set.copyOf(accountSids);
        TreeMap<String, UsageTotal> totals = new TreeMap<>();
        lock.lock();
        try {
            for (UsageEvent e : events) {
                LocalDate day = LocalDate.ofInstant(e.at(), ZoneOffset.UTC);
                if (!accounts.contains(e.accountSid()) || day.isBefore(start) || day.isAfter(end)) continue;
                if (category.isPresent() && !category.get().equals(e.category())) continue;
                totals.merge(e.category(), new UsageTotal(e.category(), 1, e.quantity(), e.price()),
                        (a, b) -> new UsageTotal(a.category(), a.count() + 1, a.usage().add(b.usage()), a.price().add(b.price())));
            }
        } finally {
            lock.unlock();
        }
        return List.copyOf(totals.values());
    }

}
