package dev.switchboard.server.db;

import dev.switchboard.core.conference.ConferenceFilter;
import dev.switchboard.core.recording.Recording;
import dev.switchboard.core.recording.RecordingFilter;
import dev.switchboard.core.recording.RecordingSource;
import dev.switchboard.core.recording.RecordingStatus;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RecordingStore;
import dev.switchboard.core.store.RequiredFields;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** {@link RecordingStore} on the {@code recordings} table. Thread-safe; every method blocks on JDBC. */
public final class JdbcRecordingStore implements RecordingStore {
    private static final String COLUMNS = "sid, account_sid, call_sid, conference_sid, status, source, channels, track,"
            + " start_time, duration, price, error_code, callback_url, callback_method, callback_events,"
            + " date_created, date_updated";
    private static final RowMapper<Recording> MAPPER = (rs, ctx) -> new Recording(
            rs.getString("sid"),
            rs.getString("account_sid"),
            rs.getString("call_sid"),
            rs.getString("conference_sid"),
            RecordingStatus.fromWire(rs.getString("status")).orElseThrow(),
            RecordingSource.fromWire(rs.getString("source")).orElseThrow(),
            rs.getInt("channels"),
            rs.getString("track"),
            Sql.instant(rs, "start_time"),
            Sql.nullableInt(rs, "duration"),
            rs.getString("price"),
            Sql.nullableInt(rs, "error_code"),
            rs.getString("callback_url"),
            rs.getString("callback_method"),
            events(rs.getString("callback_events")),
            Sql.instant(rs, "date_created"),
            Sql.instant(rs, "date_updated"));

    private final Jdbi jdbi;

    public JdbcRecordingStore(Jdbi jdbi) { this.jdbi = jdbi; }

    @Override
    public void create(Recording r) {
        RequiredFields.check(r);
        Sql.write(jdbi, Sql.insert("recordings", COLUMNS), u -> bind(u, r), () -> new DuplicateKeyException("duplicate sid " + r.sid()));
    }

    @Override
    public Optional<Recording> find(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM recordings WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).map(MAPPER).findOne());
    }

    @Override
    public boolean update(Recording r) {
        RequiredFields.check(r);
        return Sql.write(jdbi, "UPDATE recordings SET call_sid = :call_sid, conference_sid = :conference_sid, status = :status,"
                        + " source = :source, channels = :channels, track = :track, start_time = :start_time,"
                        + " duration = :duration, price = :price, error_code = :error_code, callback_url = :callback_url,"
                        + " callback_method = :callback_method, callback_events = :callback_events,"
                        + " date_created = :date_created, date_updated = :date_updated"
                        + " WHERE sid = :sid AND account_sid = :account_sid",
                u -> bind(u, r), () -> new DuplicateKeyException("duplicate sid " + r.sid())) > 0;
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM recordings WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).execute()) > 0;
    }

    @Override
    public Page<Recording> list(String accountSid, RecordingFilter filter, PageRequest page) {
        ListQuery query = new ListQuery("recordings", COLUMNS, "account_sid = :account_sid")
                .bind("account_sid", accountSid).newestFirst();
        filter.callSid().ifPresent(v -> query.filter("call_sid = :call_sid", "call_sid", v));
        filter.conferenceSid().ifPresent(v -> query.filter("conference_sid = :conference_sid", "conference_sid", v));
        filter.dateCreatedOn().ifPresent(d -> {
            query.filter("date_created >= :on_from", "on_from", Sql.timestamp(ConferenceFilter.midnight(d)));
            query.filter("date_created < :on_to", "on_to", Sql.timestamp(ConferenceFilter.midnight(d.plusDays(1))));
        });
        filter.dateCreatedBefore().ifPresent(d -> query.filter("date_created <= :before", "before",
                Sql.timestamp(ConferenceFilter.midnight(d))));
        filter.dateCreatedAfter().ifPresent(d -> query.filter("date_created >= :after", "after",
                Sql.timestamp(ConferenceFilter.midnight(d))));
        return query.fetch(jdbi, MAPPER, page);
    }

    private static List<String> events(String column) {
        return column.isEmpty() ? List.of() : Arrays.asList(column.split(" "));
    }

    private static void bind(Update u, Recording r) {
        u.bind("sid", r.sid())
                .bind("account_sid", r.accountSid())
                .bind("call_sid", r.callSid())
                .bind("conference_sid", r.conferenceSid())
                .bind("status", r.status().wire())
                .bind("source", r.source().wire())
                .bind("channels", r.channels())
                .bind("track", r.track())
                .bind("start_time", Sql.timestamp(r.startTime()))
                .bind("duration", r.duration())
                .bind("price", r.price())
                .bind("error_code", r.errorCode())
                .bind("callback_url", r.callbackUrl())
                .bind("callback_method", r.callbackMethod())
                .bind("callback_events", String.join(" ", r.callbackEvents()))
                .bind("date_created", Sql.timestamp(r.dateCreated()))
                .bind("date_updated", Sql.timestamp(r.dateUpdated()));
    }
}
