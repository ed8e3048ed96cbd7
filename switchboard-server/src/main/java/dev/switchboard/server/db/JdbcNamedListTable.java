package dev.switchboard.server.db;

import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/**
 * One table of a named list resource: rows of {@code sid, account_sid, friendly_name,
 * date_created, date_updated} (SIP credential lists and IP access control lists, V9). The stores
 * of both resources are this table with their own record type. Thread-safe; every method blocks on JDBC.
 */
final class JdbcNamedListTable<T> {
    /** The record's canonical constructor. */
    @FunctionalInterface
    interface Maker<T> {
        T make(String sid, String accountSid, String friendlyName, Instant dateCreated, Instant dateUpdated);
    }

    /** The record's five accessors, in column order. */
    record Shape<T>(Maker<T> make, Function<T, String> sid, Function<T, String> accountSid, Function<T, String> friendlyName,
            Function<T, Instant> dateCreated, Function<T, Instant> dateUpdated) {}

    private static final String COLUMNS = "sid, account_sid, friendly_name, date_created, date_updated";
    private final Jdbi jdbi;
    private final String table;
    private final Shape<T> shape;
    private final RowMapper<T> mapper;

    JdbcNamedListTable(Jdbi jdbi, String table, Shape<T> shape) {
        this.jdbi = jdbi;
        this.table = table;
        this.shape = shape;
        this.mapper = (rs, ctx) -> shape.make().make(rs.getString("sid"), rs.getString("account_sid"), rs.getString("friendly_name"),
                Sql.instant(rs, "date_created"), Sql.instant(rs, "date_updated"));
    }

    /** The caller checks required fields first ({@code RequiredFields.check} has one overload per type). */
    void create(T list) {
        Sql.write(jdbi, Sql.insert(table, COLUMNS), u -> bind(u, list),
                () -> new DuplicateKeyException("duplicate sid " + shape.sid().apply(list)));
    }

    Optional<T> find(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM " + table
                        + " WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).map(mapper).findOne());
    }

    boolean update(T list) {
        return Sql.write(jdbi, "UPDATE " + table + " SET friendly_name = :friendly_name,"
                        + " date_created = :date_created, date_updated = :date_updated"
                        + " WHERE sid = :sid AND account_sid = :account_sid",
                u -> bind(u, list),
                () -> new DuplicateKeyException("duplicate sid " + shape.sid().apply(list))) > 0;
    }

    boolean delete(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM " + table + " WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).execute()) > 0;
    }

    Page<T> list(String accountSid, PageRequest page) {
        return new ListQuery(table, COLUMNS, "account_sid = :account_sid").bind("account_sid", accountSid).fetch(jdbi, mapper, page);
    }

    long count(String accountSid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE account_sid = :account_sid")
                .bind("account_sid", accountSid).mapTo(Long.class).one());
    }

    private void bind(Update u, T l) {
        u.bind("sid", shape.sid().apply(l))
                .bind("account_sid", shape.accountSid().apply(l))
                .bind("friendly_name", shape.friendlyName().apply(l))
                .bind("date_created", Sql.timestamp(shape.dateCreated().apply(l)))
                .bind("date_updated", Sql.timestamp(shape.dateUpdated().apply(l)));
    }
}
