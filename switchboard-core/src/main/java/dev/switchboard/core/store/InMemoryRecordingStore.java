package dev.switchboard.core.store;

import dev.switchboard.core.recording.Recording;
import dev.switchboard.core.recording.RecordingFilter;
import java.util.List;
import java.util.Optional;

/** {@link RecordingStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemoryRecordingStore implements RecordingStore {
    private final InMemoryTable<Recording> table = new InMemoryTable<>(Recording::sid, Recording::accountSid, List.of());

    @Override
    public void create(Recording r) { table.insert(RequiredFields.check(r)); }

    @Override
    public Optional<Recording> find(String accountSid, String sid) {
        return table.find(sid).filter(r -> r.accountSid().equals(accountSid));
    }

    @Override
    public boolean update(Recording r) { return table.update(RequiredFields.check(r)); }

    @Override
    public boolean delete(String accountSid, String sid) { return table.delete(accountSid, sid); }

    @Override
    public Page<Recording> list(String accountSid, RecordingFilter filter, PageRequest page) {
        return table.listNewestFirst(r -> r.accountSid().equals(accountSid), filter::matches, page);
    }
}
