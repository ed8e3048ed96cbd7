package dev.switchboard.server.db;

import dev.switchboard.core.sip.SipRegistration;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.RequiredFields;
import dev.switchboard.core.store.SipRegistrationStore;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link SipRegistrationStore} on the {@code sip_registrations} table, keyed by domain, user and contact. {@link #put}
 * updates the row and inserts it when there was none (both databases, no dialect-specific upsert); an insert that
 * loses a race to another node's insert becomes an update. Thread-safe; every method blocks on JDBC.
 */
public final class JdbcSipRegistrationStore implements SipRegistrationStore {
    private static final String COLUMNS = "account_sid, domain_sid, aor_user, contact, expires_at, call_id, cseq,"
            + " source_ip, source_port, transport, user_agent, updated";
    private static final String UPDATE = "UPDATE sip_registrations SET account_sid = :account_sid,"
            + " expires_at = :expires_at, call_id = :call_id, cseq = :cseq, source_ip = :source_ip,"
            + " source_port = :source_port, transport = :transport, user_agent = :user_agent, updated = :updated"
            + " WHERE domain_sid = :domain_sid AND aor_user = :aor_user AND contact = :contact";
    private static final RowMapper<SipRegistration> MAPPER = (rs, ctx) -> new SipRegistration(
            rs.getString("account_sid"),
            rs.getString("domain_sid"),
            rs.getString("aor_user"),
            rs.getString("contact"),
            Sql.instant(rs, "expires_at"),
            rs.getString("call_id"),
            rs.getLong("cseq"),
            rs.getString("source_ip"),
            rs.getInt("source_port"),
            rs.getString("transport"),
            rs.getString("user_agent"),
            Sql.instant(rs, "updated"));

    private final Jdbi jdbi;

    public JdbcSipRegistrationStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void put(SipRegistration r) {
        RequiredFields.check(r);
        if (update(r) > 0) return;
        try {
            Sql.write(jdbi, Sql.insert("sip_registrations", COLUMNS), u -> bind(u, r),
                    () -> new DuplicateKeyException("binding exists"));
        } catch (DuplicateKeyException raced) {
            update(r); // another writer inserted the same binding between our update and insert
        }
    }

    private int update(SipRegistration r) {
        return jdbi.withHandle(h -> {
            Update u = h.createUpdate(UPDATE);
            bind(u, r);
            return u.execute();
        });
    }

    @Override
    public List<SipRegistration> bindings(String domainSid, String user, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM sip_registrations"
                        + " WHERE domain_sid = :domain_sid AND aor_user = :aor_user AND expires_at > :now ORDER BY seq")
                .bind("domain_sid", domainSid).bind("aor_user", user).bind("now", Sql.timestamp(now))
                .map(MAPPER).list());
    }

    @Override
    public boolean remove(String domainSid, String user, String contact) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM sip_registrations"
                        + " WHERE domain_sid = :domain_sid AND aor_user = :aor_user AND contact = :contact")
                .bind("domain_sid", domainSid).bind("aor_user", user).bind("contact", contact).execute()) > 0;
    }

    @Override
    public int removeAll(String domainSid, String user) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "DELETE FROM sip_registrations WHERE domain_sid = :domain_sid AND aor_user = :aor_user")
                .bind("domain_sid", domainSid).bind("aor_user", user).execute());
    }

    @Override
    public int purgeExpired(Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM sip_registrations WHERE expires_at <= :now")
                .bind("now", Sql.timestamp(now)).execute());
    }

    @Override
    public int removeDomain(String domainSid) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM sip_registrations WHERE domain_sid = :domain_sid")
                .bind("domain_sid", domainSid).execute());
    }

    private static void bind(Update u, SipRegistration r) {
        u.bind("account_sid", r.accountSid())
                .bind("domain_sid", r.domainSid())
                .bind("aor_user", r.user())
                .bind("contact", r.contact())
                .bind("expires_at", Sql.timestamp(r.expiresAt()))
                .bind("call_id", r.callId())
                .bind("cseq", r.cseq())
                .bind("source_ip", r.sourceIp())
                .bind("source_port", r.sourcePort())
                .bind("transport", r.transport())
                .bind("user_agent", r.userAgent())
                .bind("updated", Sql.timestamp(r.updated()));
    }
}
