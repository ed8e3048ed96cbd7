package dev.switchboard.core.store;

import dev.switchboard.core.call.ErrorRaised;
import dev.switchboard.core.call.TimelineEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/** {@link CallTimelineStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemoryCallTimelineStore implements CallTimelineStore {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, List<TimelineEntry>> byCall = new HashMap<>();
    private final InMemoryTable<ErrorRaised> errors =
            new InMemoryTable<>(ErrorRaised::notificationSid, ErrorRaised::accountSid, List.of());

    @Override
    public TimelineEntry append(TimelineEntry entry) {
        Objects.requireNonNull(entry, "entry");
        lock.lock();
        try {
            List<TimelineEntry> entries = byCall.computeIfAbsent(entry.callSid(), k -> new ArrayList<>());
            TimelineEntry stored = entry.withSequence(entries.size() + 1L);
            if (stored instanceof ErrorRaised e) errors.insert(e);
            entries.add(stored);
            return stored;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<TimelineEntry> list(String accountSid, String callSid) {
        lock.lock();
        try {
            return byCall.getOrDefault(callSid, List.of()).stream()
                    .filter(e -> e.accountSid().equals(accountSid)).toList();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Page<ErrorRaised> notifications(String accountSid, Optional<String> callSid, PageRequest page) {
        return errors.listNewestFirst(e -> e.accountSid().equals(accountSid),
                e -> callSid.map(e.callSid()::equals).orElse(true), page);
    }

    @Override
    public Optional<ErrorRaised> notification(String accountSid, String notificationSid) {
        return errors.find(notificationSid).filter(e -> e.accountSid().equals(accountSid));
    }
}
