package dev.switchboard.server.db;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallDirection;
import dev.switchboard.core.call.CallFilter;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.store.CallStore;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RequiredFields;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link CallStore} on the {@code calls} table (V2). Lists newest first ({@code ORDER BY seq DESC});
 * the date filters compare with UTC midnights exactly as {@link CallFilter#matches} does.
 * Thread-safe; every method blocks on JDBC.
 */
public final class JdbcCallStore implements CallStore {
    private static final String COLUMNS = "sid, account_sid, parent_call_sid, to_address, from_address,"
            + " phone_number_sid, status, direction, answered_by, api_version, forwarded_from, caller_name,"
            + " group_sid, trunk_sid, start_time, end_time, duration, price, price_unit, queue_time_ms,"
            + " date_created, date_updated";
    private static final String UPDATE_SET = "parent_call_sid = :parent_call_sid, to_address = :to_address,"
            + " from_address = :from_address, phone_number_sid = :phone_number_sid, status = :status,"
            + " direction = :direction, answered_by = :answered_by, api_version = :api_version,"
            + " forwarded_from = :forwarded_from, caller_name = :caller_name, group_sid = :group_sid,"
            + " trunk_sid = :trunk_sid, start_time = :start_time, end_time = :end_time, duration = :duration,"
            + " price = :price, price_unit = :price_unit, queue_time_ms = :queue_time_ms,"
            + " date_created = :date_created, date_updated = :date_updated";
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
    public void create(Call call) {
        RequiredFields.check(call);
        Sql.write(jdbi, Sql.insert("calls", COLUMNS),
                u -> bind(u, call),
                () -> new DuplicateKeyException("duplicate sid " + call.sid()));
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
        return Sql.write(jdbi,
                "UPDATE calls SET " + UPDATE_SET + " WHERE sid = :sid AND account_sid = :account_sid",
                u -> bind(u, call),
                () -> new DuplicateKeyException("duplicate sid " + call.sid())) > 0;
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

    private static void bind(Update u, Call c) {
        u.bind("sid", c.sid())
                .bind("account_sid", c.accountSid())
                .bind("parent_call_sid", c.parentCallSid())
                .bind("to_address", c.to())
                .bind("from_address", c.from())
                .bind("phone_number_sid", c.phoneNumberSid())
                .bind("status", c.status().wire())
                .bind("direction", c.direction().wire())
                .bind("answered_by", c.answeredBy())
                .bind("api_version", c.apiVersion())
                .bind("forwarded_from", c.forwardedFrom())
                .bind("caller_name", c.callerName())
                .bind("group_sid", c.groupSid())
                .bind("trunk_sid", c.trunkSid())
                .bind("start_time", Sql.nullableTimestamp(c.startTime()))
                .bind("end_time", Sql.nullableTimestamp(c.endTime()))
                .bind("duration", c.duration())
                .bind("price", c.price())
                .bind("price_unit", c.priceUnit())
                .bind("queue_time_ms", c.queueTimeMs())
                .bind("date_created", Sql.timestamp(c.dateCreated()))
                .bind("date_updated", Sql.timestamp(c.dateUpdated()));
    }
}
