package dev.switchboard.server.db;

import dev.switchboard.core.call.ErrorRaised;
import dev.switchboard.core.call.TimelineEntry;
import dev.switchboard.core.store.CallTimelineStore;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link CallTimelineStore} over {@link JdbcCallTimelineStore} with group commit: an append takes
 * the call's next sequence from memory (the database's {@code MAX} only for a call this node does
 * not know, after the queue is flushed), queues the row and returns; reads flush the queue first.
 * A notification SID already stored or queued is refused at once, before a sequence is taken.
 */
final class GroupCommitTimelineStore implements CallTimelineStore {
    private final JdbcCallTimelineStore jdbc;
    private final GroupCommit commit;
    private final CallJournal journal;
    private final Set<String> queuedNotifications = ConcurrentHashMap.newKeySet();

    GroupCommitTimelineStore(JdbcCallTimelineStore jdbc, GroupCommit commit, CallJournal journal) {
        this.jdbc = jdbc;
        this.commit = commit;
        this.journal = journal;
    }

    @Override
    public TimelineEntry append(TimelineEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (entry instanceof ErrorRaised e && (queuedNotifications.contains(e.notificationSid())
                || jdbc.notificationSidTaken(e.notificationSid()))) {
            throw new DuplicateKeyException("duplicate sid " + e.notificationSid());
        }
        CallJournal.Tracked t = journal.lock(entry.callSid());
        try {
            if (t.lastSequence < 0) {
                commit.await();
                t.lastSequence = jdbc.lastSequence(entry.callSid());
            }
            TimelineEntry stored = entry.withSequence(t.lastSequence + 1);
            if (stored instanceof ErrorRaised e && !queuedNotifications.add(e.notificationSid())) {
                throw new DuplicateKeyException("duplicate sid " + e.notificationSid());
            }
            commit.submit(new GroupCommit.EntryInsert(stored));
            t.lastSequence++;
            return stored;
        } finally {
            t.lock.unlock();
        }
    }

    /** Called by the writer once {@code entry} is committed (or lost). */
    void committed(TimelineEntry entry) {
        if (entry instanceof ErrorRaised e) queuedNotifications.remove(e.notificationSid());
    }

    @Override
    public List<TimelineEntry> list(String accountSid, String callSid) {
        commit.await();
        return jdbc.list(accountSid, callSid);
    }

    @Override
    public Page<ErrorRaised> notifications(String accountSid, Optional<String> callSid, PageRequest page) {
        commit.await();
        return jdbc.notifications(accountSid, callSid, page);
    }

    @Override
    public Optional<ErrorRaised> notification(String accountSid, String notificationSid) {
        commit.await();
        return jdbc.notification(accountSid, notificationSid);
    }
}
