package dev.switchboard.server.db;

import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.ErrorRaised;
import dev.switchboard.core.call.StatusChanged;
import dev.switchboard.core.call.TimelineEntry;
import dev.switchboard.core.call.VerbExecuted;
import dev.switchboard.core.call.WebhookExchange;
import dev.switchboard.core.call.WebhookOutcome;
import dev.switchboard.core.store.CallTimelineStore;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.webhook.FormEncoding;
import dev.switchboard.core.webhook.WebhookMethod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link CallTimelineStore} on the {@code call_timeline} table (V3): one row per entry, typed
 * columns per kind, parameters form-encoded (which decodes back to the same pairs). Times and
 * durations keep microseconds. Thread-safe; every method blocks on JDBC.
 */
public final class JdbcCallTimelineStore implements CallTimelineStore {
    private static final String COLUMNS = "account_sid, call_sid, call_seq, kind, occurred_at, sid, url, method,"
            + " params, response_code, content_type, body, body_truncated, took_micros, verb, from_status,"
            + " to_status, error_code, message, error_level";
    /** Appends racing for the same call_seq retry; more attempts than this means something else is wrong. */
    private static final int MAX_ATTEMPTS = 50;
    private static final RowMapper<TimelineEntry> MAPPER = (rs, ctx) -> entry(rs);
    private static final RowMapper<ErrorRaised> ERROR_MAPPER = (rs, ctx) -> (ErrorRaised) entry(rs);

    private final Jdbi jdbi;

    public JdbcCallTimelineStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public TimelineEntry append(TimelineEntry entry) {
        Objects.requireNonNull(entry, "entry");
        for (int attempt = 1; ; attempt++) {
            long next = jdbi.withHandle(h -> h.createQuery(
                            "SELECT COALESCE(MAX(call_seq), 0) + 1 FROM call_timeline WHERE call_sid = :call_sid")
                    .bind("call_sid", entry.callSid()).mapTo(Long.class).one());
            TimelineEntry stored = entry.withSequence(next);
            try {
                jdbi.useHandle(h -> {
                    Update u = h.createUpdate(Sql.insert("call_timeline", COLUMNS));
                    bind(u, stored);
                    u.execute();
                });
                return stored;
            } catch (RuntimeException e) {
                if (!Sql.isUniqueViolation(e)) throw e;
                if (stored instanceof ErrorRaised err && sidTaken(err.notificationSid())) {
                    DuplicateKeyException dke = new DuplicateKeyException("duplicate sid " + err.notificationSid());
                    dke.initCause(e);
                    throw dke;
                }
                if (attempt >= MAX_ATTEMPTS) throw e;
            }
        }
    }

    private boolean sidTaken(String sid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM call_timeline WHERE sid = :sid")
                .bind("sid", sid).mapTo(Long.class).one()) > 0;
    }

    @Override
    public List<TimelineEntry> list(String accountSid, String callSid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM call_timeline"
                        + " WHERE call_sid = :call_sid AND account_sid = :account_sid ORDER BY call_seq")
                .bind("call_sid", callSid).bind("account_sid", accountSid).map(MAPPER).list());
    }

    @Override
    public Page<ErrorRaised> notifications(String accountSid, Optional<String> callSid, PageRequest page) {
        ListQuery query = new ListQuery("call_timeline", COLUMNS, "account_sid = :account_sid AND kind = 'error'")
                .bind("account_sid", accountSid)
                .newestFirst();
        callSid.ifPresent(c -> query.filter("call_sid = :call_sid", "call_sid", c));
        return query.fetch(jdbi, ERROR_MAPPER, page);
    }

    @Override
    public Optional<ErrorRaised> notification(String accountSid, String notificationSid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM call_timeline"
                        + " WHERE sid = :sid AND account_sid = :account_sid AND kind = 'error'")
                .bind("sid", notificationSid).bind("account_sid", accountSid).map(ERROR_MAPPER).findOne());
    }

    private static void bind(Update u, TimelineEntry e) {
        u.bind("account_sid", e.accountSid())
                .bind("call_sid", e.callSid())
                .bind("call_seq", e.sequence())
                .bind("kind", e.kind())
                .bind("occurred_at", Sql.timestamp(e.at()))
                .bind("sid", (String) null).bind("url", (String) null).bind("method", (String) null)
                .bind("params", (String) null).bind("response_code", (Integer) null)
                .bind("content_type", (String) null).bind("body", (String) null)
                .bind("body_truncated", (Boolean) null).bind("took_micros", (Long) null)
                .bind("verb", (String) null).bind("from_status", (String) null).bind("to_status", (String) null)
                .bind("error_code", (Integer) null).bind("message", (String) null)
                .bind("error_level", (String) null);
        switch (e) {
            case WebhookExchange w -> {
                u.bind("url", w.url()).bind("method", w.method().name())
                        .bind("params", FormEncoding.encode(w.params()))
                        .bind("took_micros", w.took().dividedBy(ChronoUnit.MICROS.getDuration()));
                switch (w.outcome()) {
                    case WebhookOutcome.Answered a -> u.bind("response_code", (Integer) a.statusCode())
                            .bind("content_type", a.contentType()).bind("body", a.body())
                            .bind("body_truncated", (Boolean) a.truncated());
                    case WebhookOutcome.Failed f -> {
                        u.bind("error_code", (Integer) f.twilioCode()).bind("message", f.reason());
                        if (f.responseCode().isPresent()) u.bind("response_code", (Integer) f.responseCode().getAsInt());
                    }
                }
            }
            case VerbExecuted v -> u.bind("verb", v.verb()).bind("message", v.detail());
            case StatusChanged s -> u.bind("from_status", s.from().wire()).bind("to_status", s.to().wire());
            case ErrorRaised r -> u.bind("sid", r.notificationSid())
                    .bind("error_code", (Integer) r.code()).bind("message", r.message())
                    .bind("error_level", r.level().name())
                    .bind("url", r.requestUrl().orElse(null))
                    .bind("method", r.requestMethod().map(Enum::name).orElse(null));
        }
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
