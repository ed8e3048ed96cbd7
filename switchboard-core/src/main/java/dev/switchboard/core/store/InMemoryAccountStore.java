package dev.switchboard.core.store;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.AccountStatus;
import java.util.List;
import java.util.Optional;

/** {@link AccountStore} in memory: thread-safe, never blocks on I/O, forgets everything on exit. */
public final class InMemoryAccountStore implements AccountStore {
    // An account is its own scope: update matches on the SID alone, as the JDBC store does.
    private final InMemoryTable<Account> table = new InMemoryTable<>(Account::sid, Account::sid, List.of());

    @Override
    public void create(Account account) {
        table.insert(RequiredFields.check(account));
    }

    @Override
    public Optional<Account> find(String sid) {
        return table.find(sid);
    }

    @Override
    public boolean update(Account account) {
        return table.update(RequiredFields.check(account));
    }

    @Override
    public Page<Account> list(String ownerSid, Optional<String> friendlyName, Optional<AccountStatus> status,
                              PageRequest page) {
        return table.list(
                a -> a.sid().equals(ownerSid) || a.ownerAccountSid().equals(ownerSid),
                a -> friendlyName.map(n -> n.equals(a.friendlyName())).orElse(true)
                        && status.map(s -> s == a.status()).orElse(true),
                page);
    }

    @Override
    public Optional<Account> firstMainAccount() {
        return table.first(Account::isMain);
    }
}
