package dev.switchboard.server.db;

import dev.switchboard.core.account.ApiKey;
import dev.switchboard.core.store.ApiKeyStore;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RequiredFields;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** {@link ApiKeyStore} on the {@code api_keys} table. Thread-safe; every method blocks on JDBC. */
public final class JdbcApiKeyStore implements ApiKeyStore {
    private static final String COLUMNS = "sid, account_sid, friendly_name, secret, date_created, date_updated";
    private static final RowMapper<ApiKey> MAPPER = (rs, ctx) -> new ApiKey(
            rs.getString("sid"),
            rs.getString("account_sid"),
            rs.getString("friendly_name"),
            rs.getString("secret"),
            Sql.instant(rs, "date_created"),
            Sql.instant(rs, "date_updated"));

    private final Jdbi jdbi;

    public JdbcApiKeyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(ApiKey key) {
        RequiredFields.check(key);
        Sql.write(jdbi,
                Sql.insert("api_keys", COLUMNS),
                u -> bind(u, key),
                () -> new DuplicateKeyException("duplicate sid " + key.sid()));
    }

    @Override
    public Optional<ApiKey> find(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM api_keys WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).map(MAPPER).findOne());
    }

    @Override
    public Optional<ApiKey> findBySid(String sid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE sid = :sid")
                .bind("sid", sid).map(MAPPER).findOne());
    }

    @Override
    public boolean update(ApiKey key) {
        RequiredFields.check(key);
        return Sql.write(jdbi,
                "UPDATE api_keys SET friendly_name = :friendly_name, secret = :secret,"
                        + " date_created = :date_created, date_updated = :date_updated"
                        + " WHERE sid = :sid AND account_sid = :account_sid",
                u -> bind(u, key),
                () -> new DuplicateKeyException("duplicate sid " + key.sid())) > 0;
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM api_keys WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).execute()) > 0;
    }

    @Override
    public Page<ApiKey> list(String accountSid, PageRequest page) {
        return new ListQuery("api_keys", COLUMNS, "account_sid = :account_sid")
                .bind("account_sid", accountSid)
                .fetch(jdbi, MAPPER, page);
    }

    private static void bind(Update u, ApiKey k) {
        u.bind("sid", k.sid())
                .bind("account_sid", k.accountSid())
                .bind("friendly_name", k.friendlyName())
                .bind("secret", k.secret())
                .bind("date_created", Sql.timestamp(k.dateCreated()))
                .bind("date_updated", Sql.timestamp(k.dateUpdated()));
    }
}
