package dev.switchboard.core.store;

import dev.switchboard.core.sip.SipCredential;
import java.util.List;
import java.util.Optional;

/** {@link SipCredentialStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemorySipCredentialStore implements SipCredentialStore {
    private final InMemoryTable<SipCredential> table = new InMemoryTable<>(
            SipCredential::sid, SipCredential::accountSid,
            List.of(new InMemoryTable.Unique<>("username", c -> List.of(c.credentialListSid(), c.username()))));

    @Override
    public void create(SipCredential credential) {
        table.insert(RequiredFields.check(credential));
    }

    @Override
    public Optional<SipCredential> find(String accountSid, String credentialListSid, String sid) {
        return table.find(sid).filter(c -> c.accountSid().equals(accountSid)
                && c.credentialListSid().equals(credentialListSid));
    }

    @Override
    public Optional<SipCredential> findByUsername(String credentialListSid, String username) {
        return table.first(c -> c.credentialListSid().equals(credentialListSid) && c.username().equals(username));
    }

    @Override
    public boolean update(SipCredential credential) {
        RequiredFields.check(credential);
        if (table.find(credential.sid()).filter(c -> c.credentialListSid().equals(credential.credentialListSid()))
                .isEmpty()) {
            return false;
        }
        return table.update(credential);
    }

    @Override
    public boolean delete(String accountSid, String credentialListSid, String sid) {
        if (find(accountSid, credentialListSid, sid).isEmpty()) return false;
        return table.delete(accountSid, sid);
    }

    @Override
    public int deleteAll(String accountSid, String credentialListSid) {
        int n = 0;
        for (SipCredential c : table.all(c -> c.accountSid().equals(accountSid)
                && c.credentialListSid().equals(credentialListSid))) {
            if (table.delete(accountSid, c.sid())) n++;
        }
        return n;
    }

    @Override
    public Page<SipCredential> list(String accountSid, String credentialListSid, PageRequest page) {
        return table.list(c -> c.accountSid().equals(accountSid) && c.credentialListSid().equals(credentialListSid),
                c -> true, page);
    }

    @Override
    public long count(String accountSid, String credentialListSid) {
        return table.all(c -> c.accountSid().equals(accountSid) && c.credentialListSid().equals(credentialListSid)).size();
    }
}
