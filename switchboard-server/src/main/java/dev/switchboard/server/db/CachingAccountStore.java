package dev.switchboard.server.db;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.AccountStatus;
import dev.switchboard.core.store.AccountStore;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import java.util.Optional;

/** {@link AccountStore} with {@link #find} cached (every authenticated request reads its account). */
final class CachingAccountStore implements AccountStore {
    private final AccountStore store;
    private final DirectoryCache<Account> bySid = new DirectoryCache<>();

    CachingAccountStore(AccountStore store) { this.store = store; }

    @Override
    public void create(Account account) {
        try {
            store.create(account);
        } finally {
            bySid.invalidate(account.sid());
        }
    }

    @Override
    public Optional<Account> find(String sid) { return bySid.get(sid, () -> store.find(sid)); }

    @Override
    public boolean update(Account account) {
        try {
            return store.update(account);
        } finally {
            bySid.invalidate(account.sid());
        }
    }

    @Override
    public Page<Account> list(String ownerSid, Optional<String> friendlyName, Optional<AccountStatus> status, PageRequest page) {
        return store.list(ownerSid, friendlyName, status, page);
    }

    @Override
    public Optional<Account> firstMainAccount() { return store.firstMainAccount(); }
}
