package dev.switchboard.server.db;

import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.UsageStore;
import dev.switchboard.core.usage.UsageEvent;
import dev.switchboard.core.usage.UsageTotal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * {@link UsageStore} on the {@code usage_events} table (V5): one row per event, the UTC day kept
 * beside the instant, sums computed by the database. Thread-safe; every method blocks on JDBC.
 */
public final class JdbcUsageStore implements UsageStore {
    private static final String COLUMNS = "account_sid, category, call_sid, occurred_at, usage_day, quantity, unit, price";

    private final Jdbi jdbi;

    public JdbcUsageStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(UsageEvent e) {
        Objects.requireNonNull(e, "event");
        Sql.write(jdbi, Sql.insert("usage_events", COLUMNS), u -> u
                        .bind("account_sid", e.accountSid())
                        .bind("category", e.category())
                        .bind("call_sid", e.callSid())
                        .bind("occurred_at", Sql.timestamp(e.at()))
                        .bind("usage_day", LocalDate.ofInstant(e.at(), ZoneOffset.UTC))
                        .bind("quantity", e.quantity())
                        .bind("unit", e.unit())
                        .bind("price", e.price()),
                () -> new DuplicateKeyException("usage already recorded for " + e.callSid() + " in " + e.category()));
    }

    @Override
    public List<UsageTotal> summarize(Collection<String> accountSids, Optional<String> category, LocalDate start, LocalDate end) {
        if (accountSids.isEmpty() || start.isAfter(end)) return List.of();
        String sql = "SELECT category, COUNT(*) AS n, SUM(quantity) AS used, SUM(price) AS priced FROM usage_events"
                + " WHERE account_sid IN (<accounts>) AND usage_day >= :start AND usage_day <= :end"
                + (category.isPresent() ? " AND category = :category" : "")
                + " GROUP BY category ORDER BY category";
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql).bindList("accounts", List.copyOf(accountSids))
                    .bind("start", start).bind("end", end);
            category.ifPresent(c -> q.bind("category", c));
            return q.map((rs, ctx) -> new UsageTotal(rs.getString("category"), rs.getLong("n"),
                    rs.getBigDecimal("used"), rs.getBigDecimal("priced"))).list();
        });
    }
}
