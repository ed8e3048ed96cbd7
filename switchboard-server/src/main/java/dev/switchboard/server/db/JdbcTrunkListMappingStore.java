package dev.switchboard.server.db;

import dev.switchboard.core.sip.TrunkListMapping;
import dev.switchboard.core.sip.TrunkListKind;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RequiredFields;
import dev.switchboard.core.store.TrunkListMappingStore;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** {@link TrunkListMappingStore} on the {@code trunk_list_mappings} table. Thread-safe; every method blocks on JDBC. */
public final class JdbcTrunkListMappingStore implements TrunkListMappingStore {
    private static final String COLUMNS = "account_sid, trunk_sid, kind, sid, date_created, date_updated";
    private static final RowMapper<TrunkListMapping> MAPPER = (rs, ctx) -> new TrunkListMapping(
            rs.getString("account_sid"),
            rs.getString("trunk_sid"),
            TrunkListKind.ofWire(rs.getString("kind")),
            rs.getString("sid"),
            Sql.instant(rs, "date_created"),
            Sql.instant(rs, "date_updated"));
    private static final String WHERE_ONE =
            " WHERE account_sid = :account_sid AND trunk_sid = :trunk_sid AND kind = :kind AND sid = :sid";

    private final Jdbi jdbi;

    public JdbcTrunkListMappingStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(TrunkListMapping m) {
        RequiredFields.check(m);
        Sql.write(jdbi, Sql.insert("trunk_list_mappings", COLUMNS),
                u -> u.bind("account_sid", m.accountSid()).bind("trunk_sid", m.trunkSid())
                        .bind("kind", m.kind().wire()).bind("sid", m.listSid())
                        .bind("date_created", Sql.timestamp(m.dateCreated()))
                        .bind("date_updated", Sql.timestamp(m.dateUpdated())),
                () -> new DuplicateKeyException(m.listSid() + " is already mapped to " + m.trunkSid()));
    }

    @Override
    public Optional<TrunkListMapping> find(String accountSid, String trunkSid, TrunkListKind kind, String listSid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM trunk_list_mappings" + WHERE_ONE)
                .bind("account_sid", accountSid).bind("trunk_sid", trunkSid).bind("kind", kind.wire())
                .bind("sid", listSid).map(MAPPER).findOne());
    }

    @Override
    public boolean delete(String accountSid, String trunkSid, TrunkListKind kind, String listSid) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM trunk_list_mappings" + WHERE_ONE)
                .bind("account_sid", accountSid).bind("trunk_sid", trunkSid).bind("kind", kind.wire())
                .bind("sid", listSid).execute()) > 0;
    }

    @Override
    public int deleteAll(String accountSid, String trunkSid) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "DELETE FROM trunk_list_mappings WHERE account_sid = :account_sid AND trunk_sid = :trunk_sid")
                .bind("account_sid", accountSid).bind("trunk_sid", trunkSid).execute());
    }

    @Override
    public boolean isMapped(String accountSid, String listSid) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM trunk_list_mappings WHERE account_sid = :account_sid AND sid = :sid")
                .bind("account_sid", accountSid).bind("sid", listSid).mapTo(Long.class).one()) > 0;
    }

    @Override
    public Page<TrunkListMapping> list(String accountSid, String trunkSid, TrunkListKind kind, PageRequest page) {
        return new ListQuery("trunk_list_mappings", COLUMNS,
                "account_sid = :account_sid AND trunk_sid = :trunk_sid AND kind = :kind")
                .bind("account_sid", accountSid).bind("trunk_sid", trunkSid).bind("kind", kind.wire())
                .fetch(jdbi, MAPPER, page);
    }
}
