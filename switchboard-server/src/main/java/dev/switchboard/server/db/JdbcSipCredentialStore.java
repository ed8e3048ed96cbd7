package dev.switchboard.server.db;

import dev.switchboard.core.sip.DigestHashes;
import dev.switchboard.core.sip.SipCredential;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RequiredFields;
import dev.switchboard.core.store.SipCredentialStore;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** {@link SipCredentialStore} on the {@code sip_credentials} table. Thread-safe; every method blocks on JDBC. */
public final class JdbcSipCredentialStore implements SipCredentialStore {
    private static final String COLUMNS = "sid, account_sid, credential_list_sid, username, realm, ha1_md5, ha1_sha256,"
            + " date_created, date_updated";
    private static final RowMapper<SipCredential> MAPPER = (rs, ctx) -> new SipCredential(
            rs.getString("sid"),
            rs.getString("account_sid"),
            rs.getString("credential_list_sid"),
            rs.getString("username"),
            new DigestHashes(rs.getString("realm"), rs.getString("ha1_md5"), rs.getString("ha1_sha256")),
            Sql.instant(rs, "date_created"),
            Sql.instant(rs, "date_updated"));

    private final Jdbi jdbi;

    public JdbcSipCredentialStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(SipCredential credential) {
        RequiredFields.check(credential);
        Sql.write(jdbi, Sql.insert("sip_credentials", COLUMNS), u -> bind(u, credential),
                () -> new DuplicateKeyException("credential " + credential.sid() + " or username "
                        + credential.username() + " is already in use"));
    }

    @Override
    public Optional<SipCredential> find(String accountSid, String credentialListSid, String sid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM sip_credentials"
                        + " WHERE sid = :sid AND account_sid = :account_sid AND credential_list_sid = :cl")
                .bind("sid", sid).bind("account_sid", accountSid).bind("cl", credentialListSid)
                .map(MAPPER).findOne());
    }

    @Override
    public Optional<SipCredential> findByUsername(String credentialListSid, String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM sip_credentials"
                        + " WHERE credential_list_sid = :cl AND username = :username")
                .bind("cl", credentialListSid).bind("username", username).map(MAPPER).findOne());
    }

    @Override
    public boolean update(SipCredential credential) {
        RequiredFields.check(credential);
        return Sql.write(jdbi,
                "UPDATE sip_credentials SET username = :username, realm = :realm, ha1_md5 = :ha1_md5,"
                        + " ha1_sha256 = :ha1_sha256, date_created = :date_created, date_updated = :date_updated"
                        + " WHERE sid = :sid AND account_sid = :account_sid AND credential_list_sid = :credential_list_sid",
                u -> bind(u, credential),
                () -> new DuplicateKeyException("username " + credential.username() + " is already in use")) > 0;
    }

    @Override
    public boolean delete(String accountSid, String credentialListSid, String sid) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM sip_credentials"
                        + " WHERE sid = :sid AND account_sid = :account_sid AND credential_list_sid = :cl")
                .bind("sid", sid).bind("account_sid", accountSid).bind("cl", credentialListSid).execute()) > 0;
    }

    @Override
    public int deleteAll(String accountSid, String credentialListSid) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "DELETE FROM sip_credentials WHERE account_sid = :account_sid AND credential_list_sid = :cl")
                .bind("account_sid", accountSid).bind("cl", credentialListSid).execute());
    }

    @Override
    public Page<SipCredential> list(String accountSid, String credentialListSid, PageRequest page) {
        return new ListQuery("sip_credentials", COLUMNS,
                "account_sid = :account_sid AND credential_list_sid = :credential_list_sid")
                .bind("account_sid", accountSid).bind("credential_list_sid", credentialListSid)
                .fetch(jdbi, MAPPER, page);
    }

    @Override
    public long count(String accountSid, String listSid) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM sip_credentials WHERE account_sid = :account_sid AND credential_list_sid = :list")
                .bind("account_sid", accountSid).bind("list", listSid).mapTo(Long.class).one());
    }

    private static void bind(Update u, SipCredential c) {
        u.bind("sid", c.sid())
                .bind("account_sid", c.accountSid())
                .bind("credential_list_sid", c.credentialListSid())
                .bind("username", c.username())
                .bind("realm", c.hashes().realm())
                .bind("ha1_md5", c.hashes().ha1Md5())
                .bind("ha1_sha256", c.hashes().ha1Sha256())
                .bind("date_created", Sql.timestamp(c.dateCreated()))
                .bind("date_updated", Sql.timestamp(c.dateUpdated()));
    }
}
