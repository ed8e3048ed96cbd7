package dev.switchboard.server.db;

import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RequiredFields;
import dev.switchboard.core.store.SipDomainStore;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** {@link SipDomainStore} on the {@code sip_domains} table. Thread-safe; every method blocks on JDBC. */
public final class JdbcSipDomainStore implements SipDomainStore {
    private static final String COLUMNS = "sid, account_sid, domain_name, friendly_name, voice_url, voice_method,"
            + " voice_fallback_url, voice_fallback_method, voice_status_callback_url, voice_status_callback_method,"
            + " sip_registration, emergency_calling_enabled, secure, byoc_trunk_sid, emergency_caller_sid,"
            + " date_created, date_updated";
    private static final String UPDATE_SET = "domain_name = :domain_name, friendly_name = :friendly_name,"
            + " voice_url = :voice_url, voice_method = :voice_method, voice_fallback_url = :voice_fallback_url,"
            + " voice_fallback_method = :voice_fallback_method, voice_status_callback_url = :voice_status_callback_url,"
            + " voice_status_callback_method = :voice_status_callback_method, sip_registration = :sip_registration,"
            + " emergency_calling_enabled = :emergency_calling_enabled, secure = :secure,"
            + " byoc_trunk_sid = :byoc_trunk_sid, emergency_caller_sid = :emergency_caller_sid,"
            + " date_created = :date_created, date_updated = :date_updated";
    private static final RowMapper<SipDomain> MAPPER = (rs, ctx) -> new SipDomain(
            rs.getString("sid"),
            rs.getString("account_sid"),
            rs.getString("domain_name"),
            rs.getString("friendly_name"),
            rs.getString("voice_url"),
            rs.getString("voice_method"),
            rs.getString("voice_fallback_url"),
            rs.getString("voice_fallback_method"),
            rs.getString("voice_status_callback_url"),
            rs.getString("voice_status_callback_method"),
            rs.getBoolean("sip_registration"),
            rs.getBoolean("emergency_calling_enabled"),
            rs.getBoolean("secure"),
            rs.getString("byoc_trunk_sid"),
            rs.getString("emergency_caller_sid"),
            Sql.instant(rs, "date_created"),
            Sql.instant(rs, "date_updated"));

    private final Jdbi jdbi;

    public JdbcSipDomainStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(SipDomain domain) {
        RequiredFields.check(domain);
        Sql.write(jdbi, Sql.insert("sip_domains", COLUMNS), u -> bind(u, domain),
                () -> new DuplicateKeyException("domain " + domain.sid() + " or name " + domain.domainName() + " is already in use"));
    }

    @Override
    public Optional<SipDomain> find(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM sip_domains WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).map(MAPPER).findOne());
    }

    @Override
    public Optional<SipDomain> findByDomainName(String domainName) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM sip_domains WHERE domain_name = :name")
                .bind("name", domainName).map(MAPPER).findOne());
    }

    @Override
    public boolean update(SipDomain domain) {
        RequiredFields.check(domain);
        return Sql.write(jdbi, "UPDATE sip_domains SET " + UPDATE_SET + " WHERE sid = :sid AND account_sid = :account_sid",
                u -> bind(u, domain),
                () -> new DuplicateKeyException("domain name " + domain.domainName() + " is already in use")) > 0;
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM sip_domains WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).execute()) > 0;
    }

    @Override
    public Page<SipDomain> list(String accountSid, PageRequest page) {
        return new ListQuery("sip_domains", COLUMNS, "account_sid = :account_sid")
                .bind("account_sid", accountSid)
                .fetch(jdbi, MAPPER, page);
    }

    @Override
    public long count(String accountSid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sip_domains WHERE account_sid = :account_sid")
                .bind("account_sid", accountSid).mapTo(Long.class).one());
    }

    @Override
    public boolean hasSubdomains(String domainName) {
        StringBuilder like = new StringBuilder("%.");
        for (char c : domainName.toCharArray()) {
            if (c == '%' || c == '_' || c == Sql.LIKE_ESCAPE) like.append(Sql.LIKE_ESCAPE);
            like.append(c);
        }
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM sip_domains WHERE domain_name LIKE :pattern ESCAPE '" + Sql.LIKE_ESCAPE + "'")
                .bind("pattern", like.toString()).mapTo(Long.class).one()) > 0;
    }

    private static void bind(Update u, SipDomain d) {
        u.bind("sid", d.sid())
                .bind("account_sid", d.accountSid())
                .bind("domain_name", d.domainName())
                .bind("friendly_name", d.friendlyName())
                .bind("voice_url", d.voiceUrl())
                .bind("voice_method", d.voiceMethod())
                .bind("voice_fallback_url", d.voiceFallbackUrl())
                .bind("voice_fallback_method", d.voiceFallbackMethod())
                .bind("voice_status_callback_url", d.voiceStatusCallbackUrl())
                .bind("voice_status_callback_method", d.voiceStatusCallbackMethod())
                .bind("sip_registration", d.sipRegistration())
                .bind("emergency_calling_enabled", d.emergencyCallingEnabled())
                .bind("secure", d.secure())
                .bind("byoc_trunk_sid", d.byocTrunkSid())
                .bind("emergency_caller_sid", d.emergencyCallerSid())
                .bind("date_created", Sql.timestamp(d.dateCreated()))
                .bind("date_updated", Sql.timestamp(d.dateUpdated()));
    }
}
