package dev.switchboard.server.db;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.AccountStatus;
import dev.switchboard.core.store.AccountStore;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RequiredFields;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** {@link AccountStore} on the {@code accounts} table. Thread-safe; every method blocks on JDBC. */
public final class JdbcAccountStore implements AccountStore {
    private static final String COLUMNS =
            "sid, owner_account_sid, friendly_name, status, type, auth_token, date_created, date_updated";
    private static final RowMapper<Account> MAPPER = (rs, ctx) -> new Account(
            rs.getString("sid"),
            rs.getString("owner_account_sid"),
            rs.getString("friendly_name"),
            AccountStatus.fromWire(rs.getString("status"))
                    .orElseThrow(() -> new IllegalStateException("unknown account status in database")),
            rs.getString("type"),
            rs.getString("auth_token"),
            Sql.instant(rs, "date_created"),
            Sql.instant(rs, "date_updated"));

    private final Jdbi jdbi;

    public JdbcAccountStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(Account account) {
        RequiredFields.check(account);
        Sql.write(jdbi,
                Sql.insert("accounts", COLUMNS),
                u -> bind(u, account),
                () -> new DuplicateKeyException("duplicate sid " + account.sid()));
    }

    @Override
    public Optional<Account> find(String sid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM accounts WHERE sid = :sid")
                .bind("sid", sid).map(MAPPER).findOne());
    }

    @Override
    public boolean update(Account account) {
        RequiredFields.check(account);
        return Sql.write(jdbi,
                "UPDATE accounts SET owner_account_sid = :owner_account_sid, friendly_name = :friendly_name,"
                        + " status = :status, type = :type, auth_token = :auth_token,"
                        + " date_created = :date_created, date_updated = :date_updated WHERE sid = :sid",
                u -> bind(u, account),
                () -> new DuplicateKeyException("duplicate sid " + account.sid())) > 0;
    }

    @Override
    public Page<Account> list(String ownerSid, Optional<String> friendlyName, Optional<AccountStatus> status,
                              PageRequest page) {
        ListQuery query = new ListQuery("accounts", COLUMNS, "(sid = :owner OR owner_account_sid = :owner)")
                .bind("owner", ownerSid);
        friendlyName.ifPresent(n -> query.filter("friendly_name = :friendly_name", "friendly_name", n));
        status.ifPresent(s -> query.filter("status = :status", "status", s.wire()));
        return query.fetch(jdbi, MAPPER, page);
    }

    @Override
    public Optional<Account> firstMainAccount() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM accounts WHERE sid = owner_account_sid ORDER BY seq LIMIT 1")
                .map(MAPPER).findOne());
    }

    private static void bind(Update u, Account a) {
        u.bind("sid", a.sid())
                .bind("owner_account_sid", a.ownerAccountSid())
                .bind("friendly_name", a.friendlyName())
                .bind("status", a.status().wire())
                .bind("type", a.type())
                .bind("auth_token", a.authToken())
                .bind("date_created", Sql.timestamp(a.dateCreated()))
                .bind("date_updated", Sql.timestamp(a.dateUpdated()));
    }
}
