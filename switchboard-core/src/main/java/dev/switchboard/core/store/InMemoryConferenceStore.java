package dev.switchboard.core.store;

import dev.switchboard.core.conference.Conference;
import dev.switchboard.core.conference.ConferenceFilter;
import dev.switchboard.core.conference.ConferenceStatus;
import java.util.List;
import java.util.Optional;

/** {@link ConferenceStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemoryConferenceStore implements ConferenceStore {
    private final InMemoryTable<Conference> table = new InMemoryTable<>(Conference::sid, Conference::accountSid, List.of());

    @Override
    public void create(Conference c) { table.insert(RequiredFields.check(c)); }

    @Override
    public Optional<Conference> find(String accountSid, String sid) {
        return table.find(sid).filter(c -> c.accountSid().equals(accountSid));
    }

    @Override
    public Optional<Conference> findLiveByName(String accountSid, String friendlyName) {
        var page = table.listNewestFirst(c -> c.accountSid().equals(accountSid),
                c -> c.friendlyName().equals(friendlyName) && c.status() != ConferenceStatus.COMPLETED, PageRequest.first(1));
        return page.items().stream().findFirst();
    }

    @Override
    public boolean update(Conference c) { return table.update(RequiredFields.check(c)); }

    @Override
    public Page<Conference> list(String accountSid, ConferenceFilter filter, PageRequest page) {
        return table.listNewestFirst(c -> c.accountSid().equals(accountSid), filter::matches, page);
    }
}
