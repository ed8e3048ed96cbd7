package dev.switchboard.server.db;

import dev.switchboard.core.account.TwimlBin;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RequiredFields;
import dev.switchboard.core.store.TwimlBinStore;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** {@link TwimlBinStore} on the {@code twiml_bins} table. Thread-safe; every method blocks on JDBC. */
public final class JdbcTwimlBinStore implements TwimlBinStore {
    private static final String COLUMNS = "sid, account_sid, friendly_name, template, date_created, date_updated";
    private static final RowMapper<TwimlBin> MAPPER = (rs, ctx) -> new TwimlBin(
            rs.getString("sid"),
            rs.getString("account_sid"),
            rs.getString("friendly_name"),
            rs.getString("template"),
            Sql.instant(rs, "date_created"),
            Sql.instant(rs, "date_updated"));

    private final Jdbi jdbi;

    public JdbcTwimlBinStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(TwimlBin bin) {
        RequiredFields.check(bin);
        Sql.write(jdbi, Sql.insert("twiml_bins", COLUMNS), u -> bind(u, bin),
                () -> new DuplicateKeyException("duplicate sid " + bin.sid()));
    }

    @Override
    public Optional<TwimlBin> find(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM twiml_bins WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).map(MAPPER).findOne());
    }

    @Override
    public Optional<TwimlBin> findBySid(String sid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM twiml_bins WHERE sid = :sid")
                .bind("sid", sid).map(MAPPER).findOne());
    }

    @Override
    public boolean update(TwimlBin bin) {
        RequiredFields.check(bin);
        return Sql.write(jdbi,
                "UPDATE twiml_bins SET friendly_name = :friendly_name, template = :template,"
                        + " date_created = :date_created, date_updated = :date_updated"
                        + " WHERE sid = :sid AND account_sid = :account_sid",
                u -> bind(u, bin),
                () -> new DuplicateKeyException("duplicate sid " + bin.sid())) > 0;
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM twiml_bins WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).execute()) > 0;
    }

    @Override
    public Page<TwimlBin> list(String accountSid, PageRequest page) {
        return new ListQuery("twiml_bins", COLUMNS, "account_sid = :account_sid")
                .bind("account_sid", accountSid)
                .fetch(jdbi, MAPPER, page);
    }

    private static void bind(Update u, TwimlBin b) {
        u.bind("sid", b.sid())
                .bind("account_sid", b.accountSid())
                .bind("friendly_name", b.friendlyName())
                .bind("template", b.template())
                .bind("date_created", Sql.timestamp(b.dateCreated()))
                .bind("date_updated", Sql.timestamp(b.dateUpdated()));
    }
}
