package dev.switchboard.core.store;

import dev.switchboard.core.conference.Participant;
import dev.switchboard.core.conference.ParticipantFilter;
import java.util.List;
import java.util.Optional;

/** {@link ParticipantStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemoryParticipantStore implements ParticipantStore {
    private final InMemoryTable<Participant> table = new InMemoryTable<>(p -> key(p.conferenceSid(), p.callSid()),
            Participant::accountSid, List.of());

    @Override
    public void create(Participant p) { table.insert(RequiredFields.check(p)); }

    @Override
    public Optional<Participant> find(String accountSid, String conferenceSid, String callSid) {
        return table.find(key(conferenceSid, callSid)).filter(p -> p.accountSid().equals(accountSid));
    }

    @Override
    public Optional<Participant> findByLabel(String accountSid, String conferenceSid, String label) {
        return table.first(p -> p.accountSid().equals(accountSid) && p.conferenceSid().equals(conferenceSid)
                && label.equals(p.label()));
    }

    @Override
    public boolean update(Participant p) { return table.update(RequiredFields.check(p)); }

    @Override
    public boolean delete(String accountSid, String conferenceSid, String callSid) {
        return table.delete(accountSid, key(conferenceSid, callSid));
    }

    @Override
    public Page<Participant> list(String accountSid, String conferenceSid, ParticipantFilter filter, PageRequest page) {
        // the page anchor (afterSid) of participants is the call SID; rows are keyed by conference/call
        PageRequest keyed = page.afterSid().isPresent()
                ? new PageRequest(page.pageSize(), page.page(), Optional.of(key(conferenceSid, page.afterSid().get())))
                : page;
        return table.list(p -> p.accountSid().equals(accountSid) && p.conferenceSid().equals(conferenceSid), filter::matches, keyed);
    }

    private static String key(String conferenceSid, String callSid) { return conferenceSid + "/" + callSid; }
}
