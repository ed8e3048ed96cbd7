package dev.switchboard.server.db;

import dev.switchboard.core.conference.Conference;
import dev.switchboard.core.conference.ConferenceFilter;
import dev.switchboard.core.conference.ConferenceStatus;
import dev.switchboard.core.store.ConferenceStore;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.RequiredFields;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** {@link ConferenceStore} on the {@code conferences} table. Thread-safe; every method blocks on JDBC. */
public final class JdbcConferenceStore implements ConferenceStore {
    private static final String COLUMNS = "sid, account_sid, friendly_name, status, region, reason_conference_ended,"
            + " call_sid_ending_conference, date_created, date_updated";
    private static final RowMapper<Conference> MAPPER = (rs, ctx) -> new Conference(
            rs.getString("sid"),
            rs.getString("account_sid"),
            rs.getString("friendly_name"),
            ConferenceStatus.fromWire(rs.getString("status")).orElseThrow(),
            rs.getString("region"),
            rs.getString("reason_conference_ended"),
            rs.getString("call_sid_ending_conference"),
            Sql.instant(rs, "date_created"),
            Sql.instant(rs, "date_updated"));

    private final Jdbi jdbi;

    public JdbcConferenceStore(Jdbi jdbi) { this.jdbi = jdbi; }

    @Override
    public void create(Conference c) {
        RequiredFields.check(c);
        Sql.write(jdbi, Sql.insert("conferences", COLUMNS), u -> bind(u, c), () -> new DuplicateKeyException("duplicate sid " + c.sid()));
    }

    @Override
    public Optional<Conference> find(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM conferences WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).map(MAPPER).findOne());
    }

    @Override
    public Optional<Conference> findLiveByName(String accountSid, String friendlyName) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM conferences WHERE account_sid = :account_sid"
                        + " AND friendly_name = :friendly_name AND status <> 'completed' ORDER BY seq DESC LIMIT 1")
                .bind("account_sid", accountSid).bind("friendly_name", friendlyName).map(MAPPER).findOne());
    }

    @Override
    public boolean update(Conference c) {
        RequiredFields.check(c);
        return Sql.write(jdbi, "UPDATE conferences SET friendly_name = :friendly_name, status = :status, region = :region,"
                        + " reason_conference_ended = :reason_conference_ended,"
                        + " call_sid_ending_conference = :call_sid_ending_conference,"
                        + " date_created = :date_created, date_updated = :date_updated"
                        + " WHERE sid = :sid AND account_sid = :account_sid",
                u -> bind(u, c), () -> new DuplicateKeyException("duplicate sid " + c.sid())) > 0;
    }

    @Override
    public Page<Conference> list(String accountSid, ConferenceFilter filter, PageRequest page) {
        ListQuery query = new ListQuery("conferences", COLUMNS, "account_sid = :account_sid")
                .bind("account_sid", accountSid).newestFirst();
        filter.friendlyName().ifPresent(v -> query.filter("friendly_name = :friendly_name", "friendly_name", v));
        filter.status().ifPresent(v -> query.filter("status = :status", "status", v.wire()));
        dateFilters(query, "date_created", filter.dateCreatedOn(), filter.dateCreatedBefore(), filter.dateCreatedAfter());
        dateFilters(query, "date_updated", filter.dateUpdatedOn(), filter.dateUpdatedBefore(), filter.dateUpdatedAfter());
        return query.fetch(jdbi, MAPPER, page);
    }

    private static void dateFilters(ListQuery query, String column, Optional<LocalDate> on,
                                    Optional<LocalDate> before, Optional<LocalDate> after) {
        on.ifPresent(d -> {
            query.filter(column + " >= :" + column + "_on_from", column + "_on_from", Sql.timestamp(ConferenceFilter.midnight(d)));
            query.filter(column + " < :" + column + "_on_to", column + "_on_to", Sql.timestamp(ConferenceFilter.midnight(d.plusDays(1))));
        });
        before.ifPresent(d -> query.filter(column + " <= :" + column + "_before", column + "_before",
                Sql.timestamp(ConferenceFilter.midnight(d))));
        after.ifPresent(d -> query.filter(column + " >= :" + column + "_after", column + "_after",
                Sql.timestamp(ConferenceFilter.midnight(d))));
    }

    private static void bind(Update u, Conference c) {
        u.bind("sid", c.sid())
                .bind("account_sid", c.accountSid())
                .bind("friendly_name", c.friendlyName())
                .bind("status", c.status().wire())
                .bind("region", c.region())
                .bind("reason_conference_ended", c.reasonConferenceEnded())
                .bind("call_sid_ending_conference", c.callSidEndingConference())
                .bind("date_created", Sql.timestamp(c.dateCreated()))
                .bind("date_updated", Sql.timestamp(c.dateUpdated()));
    }
}
