package dev.switchboard.server.db;

import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.ErrorRaised;
import dev.switchboard.core.call.StatusChanged;
import dev.switchboard.core.call.TimelineEntry;
import dev.switchboard.core.call.VerbExecuted;
import dev.switchboard.core.call.WebhookExchange;
import dev.switchboard.core.call.WebhookOutcome;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.webhook.FormEncoding;
import dev.switchboard.core.webhook.WebhookMethod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;

/**
 * The {@code call_timeline} table (V3) and, for error entries, {@code call_notifications} (V7):
 * one row per entry, typed columns per kind, parameters form-encoded (which decodes back to the
 * same pairs). Times and durations keep microseconds. Writes come in batches from
 * {@link GroupCommit} with sequences already assigned ({@link GroupCommitTimelineStore} is the
 * {@link dev.switchboard.core.store.CallTimelineStore}); reads are plain queries. Thread-safe;
 * every method blocks on JDBC.
 */
public final class JdbcCallTimelineStore {
    static final Rows TIMELINE = Rows.of("call_timeline",
            "account_sid", Rows.TEXT, "call_sid", Rows.TEXT, "call_seq", Rows.LONG, "kind", Rows.TEXT,
            "occurred_at", Rows.TIME, "sid", Rows.TEXT, "url", Rows.TEXT, "method", Rows.TEXT, "params", Rows.TEXT,
            "response_code", Rows.INT, "content_type", Rows.TEXT, "body", Rows.TEXT, "body_truncated", Rows.BOOL,
            "took_micros", Rows.LONG, "verb", Rows.TEXT, "from_status", Rows.TEXT, "to_status", Rows.TEXT,
            "error_code", Rows.INT, "message", Rows.TEXT, "error_level", Rows.TEXT);
    /** The same columns; only error entries, listed and fetched as Twilio's Notifications. */
    static final Rows NOTIFICATIONS = new Rows("call_notifications", TIMELINE.names(), TIMELINE.types());
    private static final String COLUMNS = TIMELINE.columns();
    /** Built once: the group-commit writer runs these for every batch. */
    private static final String INSERT = TIMELINE.insertSql();
    private static final String INSERT_NOTIFICATION = NOTIFICATIONS.insertSql();
    private static final RowMapper<TimelineEntry> MAPPER = (rs, ctx) -> entry(rs);
    private static final RowMapper<ErrorRaised> ERROR_MAPPER = (rs, ctx) -> (ErrorRaised) entry(rs);

    private final Jdbi jdbi;

    public JdbcCallTimelineStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Group commit: entries whose sequence is already assigned, as JDBC batches on {@code c} inside
     * its open transaction (error entries also into {@code call_notifications}).
     */
    static void insertBatch(Connection c, Collection<TimelineEntry> entries) throws SQLException {
        if (entries.isEmpty()) return;
        List<Object[]> errors = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (TimelineEntry e : entries) {
                Object[] v = values(e);
                TIMELINE.bindInsert(ps, v);
                ps.addBatch();
                if (e instanceof ErrorRaised) errors.add(v);
            }
            ps.executeBatch();
        }
        if (errors.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement(INSERT_NOTIFICATION)) {
            for (Object[] v : errors) {
                NOTIFICATIONS.bindInsert(ps, v);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The call's highest stored sequence, 0 when it has none. */
    long lastSequence(String callSid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(call_seq), 0) FROM call_timeline WHERE call_sid = :call_sid")
                .bind("call_sid", callSid).mapTo(Long.class).one());
    }

    /** Whether a notification with this SID is stored (in any account). */
    boolean notificationSidTaken(String sid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM call_notifications WHERE sid = :sid")
                .bind("sid", sid).mapTo(Long.class).one()) > 0;
    }

    public List<TimelineEntry> list(String accountSid, String callSid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM call_timeline"
                        + " WHERE call_sid = :call_sid AND account_sid = :account_sid ORDER BY call_seq")
                .bind("call_sid", callSid).bind("account_sid", accountSid).map(MAPPER).list());
    }

    public Page<ErrorRaised> notifications(String accountSid, Optional<String> callSid, PageRequest page) {
        ListQuery query = new ListQuery("call_notifications", COLUMNS, "account_sid = :account_sid")
                .bind("account_sid", accountSid)
                .newestFirst();
        callSid.ifPresent(c -> query.filter("call_sid = :call_sid", "call_sid", c));
        return query.fetch(jdbi, ERROR_MAPPER, page);
    }

    public Optional<ErrorRaised> notification(String accountSid, String notificationSid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM call_notifications"
                        + " WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", notificationSid).bind("account_sid", accountSid).map(ERROR_MAPPER).findOne());
    }

    /** The entry's column values in {@link #TIMELINE} order. */
    private static Object[] values(TimelineEntry e) {
        Object[] v = new Object[TIMELINE.names().length];
        v[0] = e.accountSid();
        v[1] = e.callSid();
        v[2] = e.sequence();
        v[3] = e.kind();
        v[4] = e.at();
        switch (e) {
            case WebhookExchange w -> {
                v[6] = w.url();
                v[7] = w.method().name();
                v[8] = FormEncoding.encode(w.params());
                v[13] = w.took().toNanos() / 1_000; // microseconds, as the column keeps them
                switch (w.outcome()) {
                    case WebhookOutcome.Answered a -> {
                        v[9] = a.statusCode();
                        v[10] = a.contentType();
                        v[11] = a.body();
                        v[12] = a.truncated();
                    }
                    case WebhookOutcome.Failed f -> {
                        v[17] = f.twilioCode();
                        v[18] = f.reason();
                        if (f.responseCode().isPresent()) v[9] = f.responseCode().getAsInt();
                    }
                }
            }
            case VerbExecuted ve -> {
                v[14] = ve.verb();
                v[18] = ve.detail();
            }
            case StatusChanged st -> {
                v[15] = st.from().wire();
                v[16] = st.to().wire();
            }
            case ErrorRaised r -> {
                v[5] = r.notificationSid();
                v[6] = r.requestUrl().orElse(null);
                v[7] = r.requestMethod().map(Enum::name).orElse(null);
                v[17] = r.code();
                v[18] = r.message();
                v[19] = r.level().name();
            }
        }
        return v;
    }

    private static TimelineEntry entry(ResultSet rs) throws SQLException {
        String account = rs.getString("account_sid");
        String call = rs.getString("call_sid");
        long seq = rs.getLong("call_seq");
        var at = Sql.instant(rs, "occurred_at");
        String kind = rs.getString("kind");
        return switch (kind) {
            case "webhook" -> {
                Integer code = Sql.nullableInt(rs, "response_code");
                Integer twilioCode = Sql.nullableInt(rs, "error_code");
                WebhookOutcome outcome = twilioCode == null
                        ? new WebhookOutcome.Answered(code, rs.getString("content_type"), rs.getString("body"),
                                rs.getBoolean("body_truncated"))
                        : new WebhookOutcome.Failed(twilioCode, rs.getString("message"),
                                code == null ? OptionalInt.empty() : OptionalInt.of(code));
                yield new WebhookExchange(account, call, seq, at, rs.getString("url"), method(rs.getString("method")),
                        FormEncoding.decode(rs.getString("params")), outcome,
                        Duration.of(rs.getLong("took_micros"), ChronoUnit.MICROS));
            }
            case "verb" -> new VerbExecuted(account, call, seq, at, rs.getString("verb"), rs.getString("message"));
            case "status" -> new StatusChanged(account, call, seq, at, status(rs.getString("from_status")),
                    status(rs.getString("to_status")));
            case "error" -> new ErrorRaised(account, call, seq, at, rs.getString("sid"), rs.getInt("error_code"),
                    rs.getString("message"), ErrorRaised.Level.valueOf(rs.getString("error_level")),
                    Optional.ofNullable(rs.getString("url")),
                    Optional.ofNullable(rs.getString("method")).map(JdbcCallTimelineStore::method));
            default -> throw new IllegalStateException("unknown timeline kind in database: " + kind);
        };
    }

    private static WebhookMethod method(String name) {
        return WebhookMethod.valueOf(name);
    }

    private static CallStatus status(String wire) {
        return CallStatus.fromWire(wire).orElseThrow(() -> new IllegalStateException("unknown call status in database"));
    }
}
