package dev.switchboard.server.db;

import dev.switchboard.core.sip.SipIpAccessControlList;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RequiredFields;
import dev.switchboard.core.store.SipIpAccessControlListStore;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** {@link SipIpAccessControlListStore} on the {@code sip_ip_access_control_lists} table. Thread-safe; every method blocks on JDBC. */
public final class JdbcSipIpAccessControlListStore implements SipIpAccessControlListStore {
    private static final String COLUMNS = "sid, account_sid, friendly_name, date_created, date_updated";
    private static final RowMapper<SipIpAccessControlList> MAPPER = (rs, ctx) -> new SipIpAccessControlList(
            rs.getString("sid"),
            rs.getString("account_sid"),
            rs.getString("friendly_name"),
            Sql.instant(rs, "date_created"),
            Sql.instant(rs, "date_updated"));

    private final Jdbi jdbi;

    public JdbcSipIpAccessControlListStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(SipIpAccessControlList list) {
        RequiredFields.check(list);
        Sql.write(jdbi, Sql.insert("sip_ip_access_control_lists", COLUMNS), u -> bind(u, list),
                () -> new DuplicateKeyException("duplicate sid " + list.sid()));
    }

    @Override
    public Optional<SipIpAccessControlList> find(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM sip_ip_access_control_lists WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).map(MAPPER).findOne());
    }

    @Override
    public boolean update(SipIpAccessControlList list) {
        RequiredFields.check(list);
        return Sql.write(jdbi,
                "UPDATE sip_ip_access_control_lists SET friendly_name = :friendly_name,"
                        + " date_created = :date_created, date_updated = :date_updated"
                        + " WHERE sid = :sid AND account_sid = :account_sid",
                u -> bind(u, list),
                () -> new DuplicateKeyException("duplicate sid " + list.sid())) > 0;
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "DELETE FROM sip_ip_access_control_lists WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).execute()) > 0;
    }

    @Override
    public Page<SipIpAccessControlList> list(String accountSid, PageRequest page) {
        return new ListQuery("sip_ip_access_control_lists", COLUMNS, "account_sid = :account_sid")
                .bind("account_sid", accountSid)
                .fetch(jdbi, MAPPER, page);
    }

    @Override
    public long count(String accountSid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sip_ip_access_control_lists WHERE account_sid = :account_sid")
                .bind("account_sid", accountSid).mapTo(Long.class).one());
    }

    private static void bind(Update u, SipIpAccessControlList l) {
        u.bind("sid", l.sid())
                .bind("account_sid", l.accountSid())
                .bind("friendly_name", l.friendlyName())
                .bind("date_created", Sql.timestamp(l.dateCreated()))
                .bind("date_updated", Sql.timestamp(l.dateUpdated()));
    }
}
