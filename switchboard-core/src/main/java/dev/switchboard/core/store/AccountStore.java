package dev.switchboard.core.store;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.AccountStatus;
import java.util.Optional;

/** Accounts and subaccounts. Implementations are thread-safe; every method may block on I/O. */
public interface AccountStore {
    void create(Account account);

    Optional<Account> find(String sid);

    /** Replaces the stored account with the same SID; false when there is none. */
    boolean update(Account account);

    /**
     * The account {@code ownerSid} itself and the accounts it owns, oldest first, optionally
     * filtered by exact friendly name and status.
     */
    Page<Account> list(String ownerSid, Optional<String> friendlyName, Optional<AccountStatus> status, PageRequest page);

    /** Any main account (one that owns itself), oldest first; used to bootstrap. */
    Optional<Account> firstMainAccount();
}
