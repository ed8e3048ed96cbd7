package dev.switchboard.core.store;

import dev.switchboard.core.account.IncomingPhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link PhoneNumberStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemoryPhoneNumberStore implements PhoneNumberStore {
    private final InMemoryTable<IncomingPhoneNumber> table = new InMemoryTable<>(
            IncomingPhoneNumber::sid,
            IncomingPhoneNumber::accountSid,
            List.of(new InMemoryTable.Unique<>("phone number", IncomingPhoneNumber::phoneNumber)));

    @Override
    public void create(IncomingPhoneNumber number) {
        table.insert(RequiredFields.check(number));
    }

    @Override
    public Optional<IncomingPhoneNumber> find(String accountSid, String sid) {
        return table.find(sid).filter(n -> n.accountSid().equals(accountSid));
    }

    @Override
    public Optional<IncomingPhoneNumber> findByPhoneNumber(String e164) {
        return table.first(n -> n.phoneNumber().equals(e164));
    }

    @Override
    public boolean update(IncomingPhoneNumber number) {
        return table.update(RequiredFields.check(number));
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return table.delete(accountSid, sid);
    }

    @Override
    public Page<IncomingPhoneNumber> list(String accountSid, Optional<String> phoneNumber,
                                          Optional<String> friendlyName, PageRequest page) {
        return table.list(
                n -> n.accountSid().equals(accountSid),
                n -> phoneNumber.map(p -> containsWithWildcards(n.phoneNumber(), p)).orElse(true)
                        && friendlyName.map(f -> f.equals(n.friendlyName())).orElse(true),
                page);
    }

    @Override
    public Page<IncomingPhoneNumber> listByTrunk(String accountSid, String trunkSid, PageRequest page) {
        return table.list(n -> n.accountSid().equals(accountSid), n -> trunkSid.equals(n.trunkSid()), page);
    }

    @Override
    public int detachTrunk(String accountSid, String trunkSid, Instant now) {
        int n = 0;
        for (IncomingPhoneNumber p : table.all(x -> x.accountSid().equals(accountSid) && trunkSid.equals(x.trunkSid()))) {
            IncomingPhoneNumber detached = new IncomingPhoneNumber(p.sid(), p.accountSid(), p.phoneNumber(),
                    p.friendlyName(), p.apiVersion(), p.voiceUrl(), p.voiceMethod(), p.voiceFallbackUrl(),
                    p.voiceFallbackMethod(), p.statusCallback(), p.statusCallbackMethod(), p.voiceApplicationSid(),
                    p.voiceCallerIdLookup(), p.smsUrl(), p.smsMethod(), p.smsFallbackUrl(), p.smsFallbackMethod(),
                    p.smsApplicationSid(), null, p.dateCreated(), now);
            if (table.update(detached)) n++;
        }
        return n;
    }

    /** Whether {@code stored} contains {@code pattern}, where each {@code *} matches any one character. */
    static boolean containsWithWildcards(String stored, String pattern) {
        for (int start = 0; start + pattern.length() <= stored.length(); start++) {
            if (matchesAt(stored, start, pattern)) return true;
        }
        return false;
    }

    private static boolean matchesAt(String stored, int start, String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            if (p != '*' && p != stored.charAt(start + i)) return false;
        }
        return true;
    }
}
