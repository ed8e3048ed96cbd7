package dev.switchboard.server.db;

import dev.switchboard.core.conference.Participant;
import dev.switchboard.core.conference.ParticipantFilter;
import dev.switchboard.core.conference.ParticipantStatus;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.RequiredFields;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.ParticipantStore;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link ParticipantStore} on the {@code conference_participants} table, whose {@code sid} column
 * is the participant's CallSid. Thread-safe; every method blocks on JDBC.
 */
public final class JdbcParticipantStore implements ParticipantStore {
    private static final String COLUMNS = "sid, conference_sid, account_sid, label, muted, hold, coaching, call_sid_to_coach,"
            + " start_conference_on_enter, end_conference_on_exit, status, date_created, date_updated";
    private static final RowMapper<Participant> MAPPER = (rs, ctx) -> new Participant(
            rs.getString("sid"),
            rs.getString("conference_sid"),
            rs.getString("account_sid"),
            rs.getString("label"),
            rs.getBoolean("muted"),
            rs.getBoolean("hold"),
            rs.getBoolean("coaching"),
            rs.getString("call_sid_to_coach"),
            rs.getBoolean("start_conference_on_enter"),
            rs.getBoolean("end_conference_on_exit"),
            ParticipantStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
            Sql.instant(rs, "date_created"),
            Sql.instant(rs, "date_updated"));
    private static final String KEY = " WHERE conference_sid = :conference_sid AND sid = :sid AND account_sid = :account_sid";

    private final Jdbi jdbi;

    public JdbcParticipantStore(Jdbi jdbi) { this.jdbi = jdbi; }

    @Override
    public void create(Participant p) {
        RequiredFields.check(p);
        Sql.write(jdbi, Sql.insert("conference_participants", COLUMNS), u -> bind(u, p),
                () -> new DuplicateKeyException("call " + p.callSid() + " is already in conference " + p.conferenceSid()));
    }

    @Override
    public Optional<Participant> find(String accountSid, String conferenceSid, String callSid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM conference_participants" + KEY)
                .bind("conference_sid", conferenceSid).bind("sid", callSid).bind("account_sid", accountSid)
                .map(MAPPER).findOne());
    }

    @Override
    public Optional<Participant> findByLabel(String accountSid, String conferenceSid, String label) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM conference_participants"
                        + " WHERE conference_sid = :conference_sid AND account_sid = :account_sid AND label = :label ORDER BY seq LIMIT 1")
                .bind("conference_sid", conferenceSid).bind("account_sid", accountSid).bind("label", label)
                .map(MAPPER).findOne());
    }

    @Override
    public boolean update(Participant p) {
        RequiredFields.check(p);
        return Sql.write(jdbi, "UPDATE conference_participants SET label = :label, muted = :muted, hold = :hold,"
                        + " coaching = :coaching, call_sid_to_coach = :call_sid_to_coach,"
                        + " start_conference_on_enter = :start_conference_on_enter, end_conference_on_exit = :end_conference_on_exit,"
                        + " status = :status, date_created = :date_created, date_updated = :date_updated" + KEY,
                u -> bind(u, p), () -> new DuplicateKeyException("duplicate participant " + p.callSid())) > 0;
    }

    @Override
    public boolean delete(String accountSid, String conferenceSid, String callSid) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM conference_participants" + KEY)
                .bind("conference_sid", conferenceSid).bind("sid", callSid).bind("account_sid", accountSid).execute()) > 0;
    }

    @Override
    public Page<Participant> list(String accountSid, String conferenceSid, ParticipantFilter filter, PageRequest page) {
        ListQuery query = new ListQuery("conference_participants", COLUMNS,
                "account_sid = :account_sid AND conference_sid = :conference_sid")
                .bind("account_sid", accountSid).bind("conference_sid", conferenceSid);
        filter.muted().ifPresent(v -> query.filter("muted = :muted", "muted", v));
        filter.hold().ifPresent(v -> query.filter("hold = :hold", "hold", v));
        filter.coaching().ifPresent(v -> query.filter("coaching = :coaching", "coaching", v));
        return query.fetch(jdbi, MAPPER, page);
    }

    private static void bind(Update u, Participant p) {
        u.bind("sid", p.callSid())
                .bind("conference_sid", p.conferenceSid())
                .bind("account_sid", p.accountSid())
                .bind("label", p.label())
                .bind("muted", p.muted())
                .bind("hold", p.hold())
                .bind("coaching", p.coaching())
                .bind("call_sid_to_coach", p.callSidToCoach())
                .bind("start_conference_on_enter", p.startConferenceOnEnter())
                .bind("end_conference_on_exit", p.endConferenceOnExit())
                .bind("status", p.status().wire())
                .bind("date_created", Sql.timestamp(p.dateCreated()))
                .bind("date_updated", Sql.timestamp(p.dateUpdated()));
    }
}
