package dev.switchboard.core.store;

import dev.switchboard.core.sip.SipIpAddress;
import java.util.List;
import java.util.Optional;

/** {@link SipIpAddressStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemorySipIpAddressStore implements SipIpAddressStore {
    private final InMemoryTable<SipIpAddress> table =
            new InMemoryTable<>(SipIpAddress::sid, SipIpAddress::accountSid, List.of());

    @Override
    public void create(SipIpAddress address) {
        table.insert(RequiredFields.check(address));
    }

    @Override
    public Optional<SipIpAddress> find(String accountSid, String ipAccessControlListSid, String sid) {
        return table.find(sid).filter(a -> a.accountSid().equals(accountSid)
                && a.ipAccessControlListSid().equals(ipAccessControlListSid));
    }

    @Override
    public boolean update(SipIpAddress address) {
        RequiredFields.check(address);
        if (table.find(address.sid())
                .filter(a -> a.ipAccessControlListSid().equals(address.ipAccessControlListSid())).isEmpty()) {
            return false;
        }
        return table.update(address);
    }

    @Override
    public boolean delete(String accountSid, String ipAccessControlListSid, String sid) {
        if (find(accountSid, ipAccessControlListSid, sid).isEmpty()) return false;
        return table.delete(accountSid, sid);
    }

    @Override
    public int deleteAll(String accountSid, String ipAccessControlListSid) {
        int n = 0;
        for (SipIpAddress a : table.all(a -> a.accountSid().equals(accountSid)
                && a.ipAccessControlListSid().equals(ipAccessControlListSid))) {
            if (table.delete(accountSid, a.sid())) n++;
        }
        return n;
    }

    @Override
    public Page<SipIpAddress> list(String accountSid, String ipAccessControlListSid, PageRequest page) {
        return table.list(a -> a.accountSid().equals(accountSid)
                && a.ipAccessControlListSid().equals(ipAccessControlListSid), a -> true, page);
    }

    @Override
    public long count(String accountSid, String ipAccessControlListSid) {
        return table.all(a -> a.accountSid().equals(accountSid)
                && a.ipAccessControlListSid().equals(ipAccessControlListSid)).size();
    }
}
