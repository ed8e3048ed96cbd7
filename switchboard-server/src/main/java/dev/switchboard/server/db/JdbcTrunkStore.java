package dev.switchboard.server.db;

import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.sip.TrunkRecordingMode;
import dev.switchboard.core.sip.TrunkRecordingTrim;
import dev.switchboard.core.sip.TrunkTransferCallerId;
import dev.switchboard.core.sip.TrunkTransferMode;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RequiredFields;
import dev.switchboard.core.store.TrunkStore;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link TrunkStore} on the {@code trunks} table; {@link #trunkForPhoneNumber} joins {@code incoming_phone_numbers}
 * on its {@code trunk_sid}. Thread-safe; every method blocks on JDBC.
 */
public final class JdbcTrunkStore implements TrunkStore {
    private static final String COLUMNS = "sid, account_sid, friendly_name, domain_name, disaster_recovery_url,"
            + " disaster_recovery_method, transfer_mode, transfer_caller_id, secure, cnam_lookup_enabled,"
            + " recording_mode, recording_trim, date_created, date_updated";
    private static final String UPDATE_SET = "friendly_name = :friendly_name, domain_name = :domain_name,"
            + " disaster_recovery_url = :disaster_recovery_url, disaster_recovery_method = :disaster_recovery_method,"
            + " transfer_mode = :transfer_mode, transfer_caller_id = :transfer_caller_id, secure = :secure,"
            + " cnam_lookup_enabled = :cnam_lookup_enabled, recording_mode = :recording_mode,"
            + " recording_trim = :recording_trim, date_created = :date_created, date_updated = :date_updated";
    private static final RowMapper<Trunk> MAPPER = (rs, ctx) -> new Trunk(
            rs.getString("sid"),
            rs.getString("account_sid"),
            rs.getString("friendly_name"),
            rs.getString("domain_name"),
            rs.getString("disaster_recovery_url"),
            rs.getString("disaster_recovery_method"),
            TrunkTransferMode.ofWire(rs.getString("transfer_mode")).orElseThrow(),
            TrunkTransferCallerId.ofWire(rs.getString("transfer_caller_id")).orElseThrow(),
            rs.getBoolean("secure"),
            rs.getBoolean("cnam_lookup_enabled"),
            TrunkRecordingMode.ofWire(rs.getString("recording_mode")).orElseThrow(),
            TrunkRecordingTrim.ofWire(rs.getString("recording_trim")).orElseThrow(),
            Sql.instant(rs, "date_created"),
            Sql.instant(rs, "date_updated"));

    private final Jdbi jdbi;

    public JdbcTrunkStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(Trunk trunk) {
        RequiredFields.check(trunk);
        Sql.write(jdbi, Sql.insert("trunks", COLUMNS), u -> bind(u, trunk),
                () -> new DuplicateKeyException("trunk " + trunk.sid() + " or domain name " + trunk.domainName()
                        + " is already in use"));
    }

    @Override
    public Optional<Trunk> find(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM trunks WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).map(MAPPER).findOne());
    }

    @Override
    public Optional<Trunk> findByDomainName(String domainName) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM trunks WHERE domain_name = :name")
                .bind("name", domainName).map(MAPPER).findOne());
    }

    @Override
    public Optional<Trunk> trunkForPhoneNumber(String e164) {
        String columns = "t." + COLUMNS.replace(", ", ", t.");
        return jdbi.withHandle(h -> h.createQuery("SELECT " + columns + " FROM incoming_phone_numbers n"
                        + " JOIN trunks t ON t.sid = n.trunk_sid AND t.account_sid = n.account_sid"
                        + " WHERE n.phone_number = :phone_number")
                .bind("phone_number", e164).map(MAPPER).findOne());
    }

    @Override
    public boolean update(Trunk trunk) {
        RequiredFields.check(trunk);
        return Sql.write(jdbi, "UPDATE trunks SET " + UPDATE_SET + " WHERE sid = :sid AND account_sid = :account_sid",
                u -> bind(u, trunk),
                () -> new DuplicateKeyException("domain name " + trunk.domainName() + " is already in use")) > 0;
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM trunks WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).execute()) > 0;
    }

    @Override
    public Page<Trunk> list(String accountSid, PageRequest page) {
        return new ListQuery("trunks", COLUMNS, "account_sid = :account_sid")
                .bind("account_sid", accountSid)
                .fetch(jdbi, MAPPER, page);
    }

    private static void bind(Update u, Trunk t) {
        u.bind("sid", t.sid())
                .bind("account_sid", t.accountSid())
                .bind("friendly_name", t.friendlyName())
                .bind("domain_name", t.domainName())
                .bind("disaster_recovery_url", t.disasterRecoveryUrl())
                .bind("disaster_recovery_method", t.disasterRecoveryMethod())
                .bind("transfer_mode", t.transferMode().wire())
                .bind("transfer_caller_id", t.transferCallerId().wire())
                .bind("secure", t.secure())
                .bind("cnam_lookup_enabled", t.cnamLookupEnabled())
                .bind("recording_mode", t.recordingMode().wire())
                .bind("recording_trim", t.recordingTrim().wire())
                .bind("date_created", Sql.timestamp(t.dateCreated()))
                .bind("date_updated", Sql.timestamp(t.dateUpdated()));
    }
}
