package dev.switchboard.server.app;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.AccountStatus;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.AccountStore;
import dev.switchboard.server.config.BootstrapConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Makes sure a main account exists at start. With a configured SID and token: creates that account,
 * or confirms it (resetting its token and reactivating it). Without: reuses the first main account,
 * or generates one, whose credentials are returned so the caller can print them once.
 */
public final class AccountBootstrap {
    /** The main account, and whether it was just generated (its token is then shown once). */
    public record Result(Account account, boolean generated) {}

    private final AccountStore accounts;
    private final Clock clock;

    public AccountBootstrap(AccountStore accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public Result ensure(BootstrapConfig config) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (config.accountSid().isPresent() != config.authToken().isPresent()) {
            throw new IllegalArgumentException("set both SWITCHBOARD_ACCOUNT_SID and SWITCHBOARD_AUTH_TOKEN, or neither");
        }
        if (config.accountSid().isPresent()) {
            String sid = config.accountSid().get();
            String token = config.authToken().get();
            if (!Sids.isValid(sid, SidPrefix.ACCOUNT)) {
                throw new IllegalArgumentException("SWITCHBOARD_ACCOUNT_SID must be AC followed by 32 hex digits");
            }
            if (token.length() < 8) throw new IllegalArgumentException("SWITCHBOARD_AUTH_TOKEN must be at least 8 characters");
            Optional<Account> existing = accounts.find(sid);
            if (existing.isPresent()) {
                Account a = existing.get();
                if (!a.authToken().equals(token) || !a.isActive()) {
                    a = new Account(a.sid(), a.ownerAccountSid(), a.friendlyName(), AccountStatus.ACTIVE, a.type(), token,
                            a.dateCreated(), now);
                    accounts.update(a);
                }
                return new Result(a, false);
            }
            Account created = new Account(sid, sid, "Main Account", AccountStatus.ACTIVE, "Full", token, now, now);
            accounts.create(created);
            return new Result(created, false);
        }
        Optional<Account> first = accounts.firstMainAccount();
        if (first.isPresent()) return new Result(first.get(), false);
        String sid = Sids.next(SidPrefix.ACCOUNT);
        Account created = new Account(sid, sid, "Main Account", AccountStatus.ACTIVE, "Full", Sids.secret(), now, now);
        accounts.create(created);
        return new Result(created, true);
    }
}
