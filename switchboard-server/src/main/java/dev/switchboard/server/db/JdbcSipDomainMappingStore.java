package dev.switchboard.server.db;

import dev.switchboard.core.sip.SipDomainMapping;
import dev.switchboard.core.sip.SipMappingKind;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RequiredFields;
import dev.switchboard.core.store.SipDomainMappingStore;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** {@link SipDomainMappingStore} on the {@code sip_domain_mappings} table. Thread-safe; every method blocks on JDBC. */
public final class JdbcSipDomainMappingStore implements SipDomainMappingStore {
    private static final String COLUMNS = "account_sid, domain_sid, kind, sid, date_created, date_updated";
    private static final RowMapper<SipDomainMapping> MAPPER = (rs, ctx) -> new SipDomainMapping(
            rs.getString("account_sid"),
            rs.getString("domain_sid"),
            SipMappingKind.ofWire(rs.getString("kind")),
            rs.getString("sid"),
            Sql.instant(rs, "date_created"),
            Sql.instant(rs, "date_updated"));
    private static final String WHERE_ONE =
            " WHERE account_sid = :account_sid AND domain_sid = :domain_sid AND kind = :kind AND sid = :sid";

    private final Jdbi jdbi;

    public JdbcSipDomainMappingStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(SipDomainMapping m) {
        RequiredFields.check(m);
        Sql.write(jdbi, Sql.insert("sip_domain_mappings", COLUMNS),
                u -> u.bind("account_sid", m.accountSid()).bind("domain_sid", m.domainSid())
                        .bind("kind", m.kind().wire()).bind("sid", m.listSid())
                        .bind("date_created", Sql.timestamp(m.dateCreated()))
                        .bind("date_updated", Sql.timestamp(m.dateUpdated())),
                () -> new DuplicateKeyException(m.listSid() + " is already mapped to " + m.domainSid()));
    }

    @Override
    public Optional<SipDomainMapping> find(String accountSid, String domainSid, SipMappingKind kind, String listSid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM sip_domain_mappings" + WHERE_ONE)
                .bind("account_sid", accountSid).bind("domain_sid", domainSid).bind("kind", kind.wire())
                .bind("sid", listSid).map(MAPPER).findOne());
    }

    @Override
    public boolean delete(String accountSid, String domainSid, SipMappingKind kind, String listSid) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM sip_domain_mappings" + WHERE_ONE)
                .bind("account_sid", accountSid).bind("domain_sid", domainSid).bind("kind", kind.wire())
                .bind("sid", listSid).execute()) > 0;
    }

    @Override
    public int deleteAll(String accountSid, String domainSid) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "DELETE FROM sip_domain_mappings WHERE account_sid = :account_sid AND domain_sid = :domain_sid")
                .bind("account_sid", accountSid).bind("domain_sid", domainSid).execute());
    }

    @Override
    public boolean isMapped(String accountSid, String listSid) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM sip_domain_mappings WHERE account_sid = :account_sid AND sid = :sid")
                .bind("account_sid", accountSid).bind("sid", listSid).mapTo(Long.class).one()) > 0;
    }

    @Override
    public Page<SipDomainMapping> list(String accountSid, String domainSid, SipMappingKind kind, PageRequest page) {
        return new ListQuery("sip_domain_mappings", COLUMNS,
                "account_sid = :account_sid AND domain_sid = :domain_sid AND kind = :kind")
                .bind("account_sid", accountSid).bind("domain_sid", domainSid).bind("kind", kind.wire())
                .fetch(jdbi, MAPPER, page);
    }
}
