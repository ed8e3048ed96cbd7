package dev.switchboard.server.db;

import dev.switchboard.core.sip.TrunkOriginationUrl;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RequiredFields;
import dev.switchboard.core.store.TrunkOriginationUrlStore;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** {@link TrunkOriginationUrlStore} on the {@code trunk_origination_urls} table. Thread-safe; every method blocks on JDBC. */
public final class JdbcTrunkOriginationUrlStore implements TrunkOriginationUrlStore {
    private static final String COLUMNS = "sid, account_sid, trunk_sid, friendly_name, sip_url, weight, priority, enabled,"
            + " date_created, date_updated";
    private static final String SCOPE = "account_sid = :account_sid AND trunk_sid = :trunk_sid";
    private static final RowMapper<TrunkOriginationUrl> MAPPER = (rs, ctx) -> new TrunkOriginationUrl(
            rs.getString("sid"),
            rs.getString("account_sid"),
            rs.getString("trunk_sid"),
            rs.getString("friendly_name"),
            rs.getString("sip_url"),
            rs.getInt("weight"),
            rs.getInt("priority"),
            rs.getBoolean("enabled"),
            Sql.instant(rs, "date_created"),
            Sql.instant(rs, "date_updated"));

    private final Jdbi jdbi;

    public JdbcTrunkOriginationUrlStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(TrunkOriginationUrl url) {
        RequiredFields.check(url);
        Sql.write(jdbi, Sql.insert("trunk_origination_urls", COLUMNS), u -> bind(u, url),
                () -> new DuplicateKeyException("duplicate sid " + url.sid()));
    }

    @Override
    public Optional<TrunkOriginationUrl> find(String accountSid, String trunkSid, String sid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM trunk_origination_urls WHERE sid = :sid AND "
                        + SCOPE)
                .bind("sid", sid).bind("account_sid", accountSid).bind("trunk_sid", trunkSid).map(MAPPER).findOne());
    }

    @Override
    public boolean update(TrunkOriginationUrl url) {
        RequiredFields.check(url);
        return jdbi.withHandle(h -> {
            Update u = h.createUpdate("UPDATE trunk_origination_urls SET friendly_name = :friendly_name,"
                    + " sip_url = :sip_url, weight = :weight, priority = :priority, enabled = :enabled,"
                    + " date_created = :date_created, date_updated = :date_updated WHERE sid = :sid AND " + SCOPE);
            bind(u, url);
            return u.execute();
        }) > 0;
    }

    @Override
    public boolean delete(String accountSid, String trunkSid, String sid) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM trunk_origination_urls WHERE sid = :sid AND " + SCOPE)
                .bind("sid", sid).bind("account_sid", accountSid).bind("trunk_sid", trunkSid).execute()) > 0;
    }

    @Override
    public int deleteAll(String accountSid, String trunkSid) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM trunk_origination_urls WHERE " + SCOPE)
                .bind("account_sid", accountSid).bind("trunk_sid", trunkSid).execute());
    }

    @Override
    public Page<TrunkOriginationUrl> list(String accountSid, String trunkSid, PageRequest page) {
        return new ListQuery("trunk_origination_urls", COLUMNS, SCOPE)
                .bind("account_sid", accountSid).bind("trunk_sid", trunkSid)
                .fetch(jdbi, MAPPER, page);
    }

    @Override
    public List<TrunkOriginationUrl> all(String accountSid, String trunkSid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM trunk_origination_urls WHERE " + SCOPE
                        + " ORDER BY seq")
                .bind("account_sid", accountSid).bind("trunk_sid", trunkSid).map(MAPPER).list());
    }

    private static void bind(Update u, TrunkOriginationUrl o) {
        u.bind("sid", o.sid())
                .bind("account_sid", o.accountSid())
                .bind("trunk_sid", o.trunkSid())
                .bind("friendly_name", o.friendlyName())
                .bind("sip_url", o.sipUrl())
                .bind("weight", o.weight())
                .bind("priority", o.priority())
                .bind("enabled", o.enabled())
                .bind("date_created", Sql.timestamp(o.dateCreated()))
                .bind("date_updated", Sql.timestamp(o.dateUpdated()));
    }
}
