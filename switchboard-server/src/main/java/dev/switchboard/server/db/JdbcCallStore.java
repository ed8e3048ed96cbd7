package dev.switchboard.server.db;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallDirection;
import dev.switchboard.core.call.CallFilter;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.StatusCallbackTarget;
import dev.switchboard.core.webhook.WebhookMethod;
import dev.switchboard.core.store.CallStore;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RequiredFields;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * {@link CallStore} on the {@code calls} table (V2). Lists newest first ({@code ORDER BY seq DESC});
 * the date filters compare with UTC midnights exactly as {@link CallFilter#matches} does.
 * Thread-safe; every method blocks on JDBC.
 */
public final class JdbcCallStore implements CallStore {
    static final Rows CALLS = Rows.of("calls",
            "sid", Rows.TEXT, "account_sid", Rows.TEXT, "parent_call_sid", Rows.TEXT, "to_address", Rows.TEXT,
            "from_address", Rows.TEXT, "phone_number_sid", Rows.TEXT, "status", Rows.TEXT, "direction", Rows.TEXT,
            "answered_by", Rows.TEXT, "api_version", Rows.TEXT, "forwarded_from", Rows.TEXT, "caller_name", Rows.TEXT,
            "group_sid", Rows.TEXT, "trunk_sid", Rows.TEXT, "start_time", Rows.TIME, "end_time", Rows.TIME,
            "duration", Rows.INT, "price", Rows.TEXT, "price_unit", Rows.TEXT, "queue_time_ms", Rows.LONG,
            "date_created", Rows.TIME, "date_updated", Rows.TIME);
    /** Written once, at create; updates leave them alone (V8), but for {@code final_callback} (V13). */
    private static final Rows CALLS_WITH_CALLBACK = new Rows("calls",
            concat(CALLS.names(), "status_callback", "status_callback_method", "status_callback_events", "final_callback"),
            concat(CALLS.types(), Rows.TEXT, Rows.TEXT, Rows.TEXT, Rows.TEXT));
    /** The completed callback becomes owed when an update stores the first final status of a call that asked for it. */
    private static final String MARK_DUE = ", final_callback = CASE WHEN final_callback IS NULL AND ?"
            + " AND status_callback_events LIKE '%completed%' THEN 'due' ELSE final_callback END";
    static final String MARK_SENT = "UPDATE calls SET final_callback = 'sent' WHERE sid = ? AND final_callback = 'due'";
    private static final String COLUMNS = CALLS.columns();
    private static final String[] KEYS = {"sid", "account_sid"};
    private static final String INSERT = CALLS_WITH_CALLBACK.insertSql();
    private static final String UPDATE = withBeforeWhere(CALLS.updateSql(KEYS), MARK_DUE);
    private static final RowMapper<Call> MAPPER = (rs, ctx) -> new Call(
            rs.getString("sid"),
            rs.getString("account_sid"),
            rs.getString("parent_call_sid"),
            rs.getString("to_address"),
            rs.getString("from_address"),
            rs.getString("phone_number_sid"),
            CallStatus.fromWire(rs.getString("status"))
                    .orElseThrow(() -> new IllegalStateException("unknown call status in database")),
            CallDirection.fromWire(rs.getString("direction"))
                    .orElseThrow(() -> new IllegalStateException("unknown call direction in database")),
            rs.getString("answered_by"),
            rs.getString("api_version"),
            rs.getString("forwarded_from"),
            rs.getString("caller_name"),
            rs.getString("group_sid"),
            rs.getString("trunk_sid"),
            Sql.nullableInstant(rs, "start_time"),
            Sql.nullableInstant(rs, "end_time"),
            Sql.nullableInt(rs, "duration"),
            rs.getString("price"),
            rs.getString("price_unit"),
            rs.getLong("queue_time_ms"),
            Sql.instant(rs, "date_created"),
            Sql.instant(rs, "date_updated"));

    private final Jdbi jdbi;

    public JdbcCallStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(Call call, Optional<StatusCallbackTarget> statusCallback) {
        RequiredFields.check(call);
        try {
            jdbi.useHandle(h -> Sql.run(() -> writeBatch(h.getConnection(), List.of(new NewCall(call, statusCallback)), List.of())));
        } catch (RuntimeException e) {
            if (!Sql.isUniqueViolation(e)) throw e;
            DuplicateKeyException dke = new DuplicateKeyException("duplicate sid " + call.sid());
            dke.initCause(e);
            throw dke;
        }
    }

    @Override
    public Optional<Call> find(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM calls WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).map(MAPPER).findOne());
    }

    @Override
    public Optional<Call> findBySid(String sid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM calls WHERE sid = :sid")
                .bind("sid", sid).map(MAPPER).findOne());
    }

    @Override
    public boolean update(Call call) {
        RequiredFields.check(call);
        return jdbi.withHandle(h -> Sql.run(() -> writeBatch(h.getConnection(), List.of(), List.of(call)))) > 0;
    }

    /**
     * Group commit: inserts then updates as two JDBC batches on {@code c} (inside its transaction,
     * if one is open). Answers how many of {@code updates} found their row. Throws on the first
     * failing row (the caller rolls back and retries the writes one by one).
     */
    static int writeBatch(Connection c, Collection<NewCall> inserts, Collection<Call> updates) throws SQLException {
        if (!inserts.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (NewCall n : inserts) {
                    RequiredFields.check(n.call());
                    Optional<StatusCallbackTarget> t = n.statusCallback();
                    boolean owed = n.call().status().isTerminal() && t.filter(x -> x.wants("completed")).isPresent();
                    CALLS_WITH_CALLBACK.bindInsert(ps, concat(values(n.call()), t.map(StatusCallbackTarget::url).orElse(null),
                            t.map(x -> x.method().name()).orElse(null), t.map(StatusCallbackTarget::eventsText).orElse(null),
                            owed ? "due" : null));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        int found = 0;
        if (!updates.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
                for (Call call : updates) {
                    RequiredFields.check(call);
                    int at = CALLS.bindUpdate(ps, values(call), 1, KEYS);
                    ps.setBoolean(at, call.status().isTerminal());
                    ps.addBatch();
                }
                for (int n : ps.executeBatch()) found += n != 0 ? 1 : 0;
            }
        }
        return found;
    }

    /** Marks the completed callbacks of these calls sent, as one JDBC batch on {@code c}. */
    static void markSent(Connection c, Collection<String> sids) throws SQLException {
        if (sids.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement(MARK_SENT)) {
            for (String sid : sids) {
                ps.setString(1, sid);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public List<Call> finalCallbackDue(int limit, Optional<String> afterSid) {
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT " + COLUMNS + " FROM calls WHERE final_callback = 'due'"
                    + (afterSid.isPresent() ? " AND seq > (SELECT seq FROM calls WHERE sid = :after)" : "")
                    + " ORDER BY seq LIMIT :limit").bind("limit", limit);
            afterSid.ifPresent(a -> q.bind("after", a));
            return q.map(MAPPER).list();
        });
    }

    @Override
    public void finalCallbackSent(String sid) {
        jdbi.useHandle(h -> Sql.run(() -> {
            markSent(h.getConnection(), List.of(sid));
            return 0;
        }));
    }

    /** A call to insert, with where its status callbacks go. */
    record NewCall(Call call, Optional<StatusCallbackTarget> statusCallback) {}

    @Override
    public Optional<StatusCallbackTarget> statusCallback(String sid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT status_callback, status_callback_method, status_callback_events"
                        + " FROM calls WHERE sid = :sid AND status_callback IS NOT NULL").bind("sid", sid)
                .map((rs, ctx) -> new StatusCallbackTarget(rs.getString(1), WebhookMethod.valueOf(rs.getString(2)),
                        StatusCallbackTarget.parseEvents(rs.getString(3))))
                .findOne());
    }

    @Override
    public List<Call> unfinished(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM calls"
                        + " WHERE status IN ('queued', 'ringing', 'in-progress') ORDER BY seq LIMIT :limit")
                .bind("limit", limit).map(MAPPER).list());
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM calls WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).execute()) > 0;
    }

    @Override
    public Page<Call> list(String accountSid, CallFilter filter, PageRequest page) {
        ListQuery query = new ListQuery("calls", COLUMNS, "account_sid = :account_sid")
                .bind("account_sid", accountSid)
                .newestFirst();
        filter.to().ifPresent(v -> query.filter("to_address = :to_address", "to_address", v));
        filter.from().ifPresent(v -> query.filter("from_address = :from_address", "from_address", v));
        filter.parentCallSid().ifPresent(v -> query.filter("parent_call_sid = :parent_call_sid", "parent_call_sid", v));
        filter.status().ifPresent(v -> query.filter("status = :status", "status", v.wire()));
        dateFilters(query, "start_time", filter.startTimeOn(), filter.startTimeBefore(), filter.startTimeAfter());
        dateFilters(query, "end_time", filter.endTimeOn(), filter.endTimeBefore(), filter.endTimeAfter());
        return query.fetch(jdbi, MAPPER, page);
    }

    /** NULL times fail every comparison, so an unset time never matches, as in {@link CallFilter#matches}. */
    private static void dateFilters(ListQuery query, String column, Optional<LocalDate> on,
                                    Optional<LocalDate> before, Optional<LocalDate> after) {
        on.ifPresent(d -> {
            query.filter(column + " >= :" + column + "_on_from", column + "_on_from", Sql.timestamp(CallFilter.midnight(d)));
            query.filter(column + " < :" + column + "_on_to", column + "_on_to",
                    Sql.timestamp(CallFilter.midnight(d.plusDays(1))));
        });
        before.ifPresent(d -> query.filter(column + " <= :" + column + "_before", column + "_before",
                Sql.timestamp(CallFilter.midnight(d))));
        after.ifPresent(d -> query.filter(column + " >= :" + column + "_after", column + "_after",
                Sql.timestamp(CallFilter.midnight(d))));
    }

    private static String withBeforeWhere(String update, String set) {
        int where = update.indexOf(" WHERE ");
        return update.substring(0, where) + set + update.substring(where);
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int[] concat(int[] a, int... b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Object[] concat(Object[] a, Object... b) {
        Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The call's column values in {@link #CALLS} order. */
    private static Object[] values(Call c) {
        return new Object[] {c.sid(), c.accountSid(), c.parentCallSid(), c.to(), c.from(), c.phoneNumberSid(),
                c.status().wire(), c.direction().wire(), c.answeredBy(), c.apiVersion(), c.forwardedFrom(), c.callerName(),
                c.groupSid(), c.trunkSid(), c.startTime(), c.endTime(), c.duration(), c.price(), c.priceUnit(),
                c.queueTimeMs(), c.dateCreated(), c.dateUpdated()};
    }
}
