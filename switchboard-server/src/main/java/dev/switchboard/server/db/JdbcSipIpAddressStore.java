package dev.switchboard.server.db;

import dev.switchboard.core.sip.SipIpAddress;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RequiredFields;
import dev.switchboard.core.store.SipIpAddressStore;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** {@link SipIpAddressStore} on the {@code sip_ip_addresses} table. Thread-safe; every method blocks on JDBC. */
public final class JdbcSipIpAddressStore implements SipIpAddressStore {
    private static final String COLUMNS = "sid, account_sid, ip_access_control_list_sid, friendly_name, ip_address,"
            + " cidr_prefix_length, date_created, date_updated";
    private static final RowMapper<SipIpAddress> MAPPER = (rs, ctx) -> new SipIpAddress(
            rs.getString("sid"),
            rs.getString("account_sid"),
            rs.getString("ip_access_control_list_sid"),
            rs.getString("friendly_name"),
            rs.getString("ip_address"),
            rs.getInt("cidr_prefix_length"),
            Sql.instant(rs, "date_created"),
            Sql.instant(rs, "date_updated"));

    private final Jdbi jdbi;

    public JdbcSipIpAddressStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(SipIpAddress address) {
        RequiredFields.check(address);
        Sql.write(jdbi, Sql.insert("sip_ip_addresses", COLUMNS), u -> bind(u, address),
                () -> new DuplicateKeyException("duplicate sid " + address.sid()));
    }

    @Override
    public Optional<SipIpAddress> find(String accountSid, String ipAccessControlListSid, String sid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM sip_ip_addresses"
                        + " WHERE sid = :sid AND account_sid = :account_sid AND ip_access_control_list_sid = :al")
                .bind("sid", sid).bind("account_sid", accountSid).bind("al", ipAccessControlListSid)
                .map(MAPPER).findOne());
    }

    @Override
    public boolean update(SipIpAddress address) {
        RequiredFields.check(address);
        return Sql.write(jdbi,
                "UPDATE sip_ip_addresses SET friendly_name = :friendly_name, ip_address = :ip_address,"
                        + " cidr_prefix_length = :cidr_prefix_length,"
                        + " date_created = :date_created, date_updated = :date_updated"
                        + " WHERE sid = :sid AND account_sid = :account_sid"
                        + " AND ip_access_control_list_sid = :ip_access_control_list_sid",
                u -> bind(u, address),
                () -> new DuplicateKeyException("duplicate sid " + address.sid())) > 0;
    }

    @Override
    public boolean delete(String accountSid, String ipAccessControlListSid, String sid) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM sip_ip_addresses"
                        + " WHERE sid = :sid AND account_sid = :account_sid AND ip_access_control_list_sid = :al")
                .bind("sid", sid).bind("account_sid", accountSid).bind("al", ipAccessControlListSid).execute()) > 0;
    }

    @Override
    public int deleteAll(String accountSid, String ipAccessControlListSid) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM sip_ip_addresses"
                        + " WHERE account_sid = :account_sid AND ip_access_control_list_sid = :al")
                .bind("account_sid", accountSid).bind("al", ipAccessControlListSid).execute());
    }

    @Override
    public Page<SipIpAddress> list(String accountSid, String ipAccessControlListSid, PageRequest page) {
        return new ListQuery("sip_ip_addresses", COLUMNS,
                "account_sid = :account_sid AND ip_access_control_list_sid = :ip_access_control_list_sid")
                .bind("account_sid", accountSid).bind("ip_access_control_list_sid", ipAccessControlListSid)
                .fetch(jdbi, MAPPER, page);
    }

    @Override
    public long count(String accountSid, String listSid) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM sip_ip_addresses WHERE account_sid = :account_sid AND ip_access_control_list_sid = :list")
                .bind("account_sid", accountSid).bind("list", listSid).mapTo(Long.class).one());
    }

    private static void bind(Update u, SipIpAddress a) {
        u.bind("sid", a.sid())
                .bind("account_sid", a.accountSid())
                .bind("ip_access_control_list_sid", a.ipAccessControlListSid())
                .bind("friendly_name", a.friendlyName())
                .bind("ip_address", a.ipAddress())
                .bind("cidr_prefix_length", a.cidrPrefixLength())
                .bind("date_created", Sql.timestamp(a.dateCreated()))
                .bind("date_updated", Sql.timestamp(a.dateUpdated()));
    }
}
