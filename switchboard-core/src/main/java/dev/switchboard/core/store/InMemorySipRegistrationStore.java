package dev.switchboard.core.store;

import dev.switchboard.core.sip.SipRegistration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@link SipRegistrationStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit (so it suits
 * tests and a single node only). Rows are keyed by domain, user and contact; a refresh keeps a row's place.
 */
public final class InMemorySipRegistrationStore implements SipRegistrationStore {
    private final InMemoryTable<SipRegistration> table = new InMemoryTable<>(
            r -> key(r.domainSid(), r.user(), r.contact()), SipRegistration::domainSid, List.of());

    private static String key(String domainSid, String user, String contact) {
        // the separator cannot occur in a SID; user and contact are length-prefixed so no two keys collide
        return domainSid + "/" + user.length() + ":" + user + "/" + contact;
    }

    @Override
    public void put(SipRegistration registration) {
        RequiredFields.check(registration);
        if (!table.update(registration)) {
            try {
                table.insert(registration);
            } catch (DuplicateKeyException raced) {
                table.update(registration);
            }
        }
    }

    @Override
    public List<SipRegistration> bindings(String domainSid, String user, Instant now) {
        return table.all(r -> r.domainSid().equals(domainSid) && r.user().equals(user) && r.isLiveAt(now));
    }

    @Override
    public boolean remove(String domainSid, String user, String contact) {
        return table.delete(domainSid, key(domainSid, user, contact));
    }

    @Override
    public int removeAll(String domainSid, String user) {
        return removeWhere(r -> r.domainSid().equals(domainSid) && r.user().equals(user));
    }

    @Override
    public int purgeExpired(Instant now) {
        return removeWhere(r -> !r.isLiveAt(now));
    }

    @Override
    public int removeDomain(String domainSid) {
        return removeWhere(r -> r.domainSid().equals(domainSid));
    }

    private int removeWhere(Predicate<SipRegistration> where) {
        int n = 0;
        for (SipRegistration r : table.all(where)) {
            if (table.delete(r.domainSid(), key(r.domainSid(), r.user(), r.contact()))) n++;
        }
        return n;
    }
}
