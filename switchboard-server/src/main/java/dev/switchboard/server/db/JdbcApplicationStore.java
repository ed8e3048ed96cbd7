package dev.switchboard.server.db;

import dev.switchboard.core.account.Application;
import dev.switchboard.core.store.ApplicationStore;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RequiredFields;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** {@link ApplicationStore} on the {@code applications} table. Thread-safe; every method blocks on JDBC. */
public final class JdbcApplicationStore implements ApplicationStore {
    private static final String COLUMNS = "sid, account_sid, friendly_name, api_version,"
            + " voice_url, voice_method, voice_fallback_url, voice_fallback_method,"
            + " status_callback, status_callback_method, voice_caller_id_lookup,"
            + " sms_url, sms_method, sms_fallback_url, sms_fallback_method, sms_status_callback,"
            + " message_status_callback, public_application_connect_enabled, date_created, date_updated";
    private static final String UPDATE_SET = "friendly_name = :friendly_name, api_version = :api_version,"
            + " voice_url = :voice_url, voice_method = :voice_method,"
            + " voice_fallback_url = :voice_fallback_url, voice_fallback_method = :voice_fallback_method,"
            + " status_callback = :status_callback, status_callback_method = :status_callback_method,"
            + " voice_caller_id_lookup = :voice_caller_id_lookup,"
            + " sms_url = :sms_url, sms_method = :sms_method,"
            + " sms_fallback_url = :sms_fallback_url, sms_fallback_method = :sms_fallback_method,"
            + " sms_status_callback = :sms_status_callback, message_status_callback = :message_status_callback,"
            + " public_application_connect_enabled = :public_application_connect_enabled,"
            + " date_created = :date_created, date_updated = :date_updated";
    private static final RowMapper<Application> MAPPER = (rs, ctx) -> new Application(
            rs.getString("sid"),
            rs.getString("account_sid"),
            rs.getString("friendly_name"),
            rs.getString("api_version"),
            rs.getString("voice_url"),
            rs.getString("voice_method"),
            rs.getString("voice_fallback_url"),
            rs.getString("voice_fallback_method"),
            rs.getString("status_callback"),
            rs.getString("status_callback_method"),
            rs.getBoolean("voice_caller_id_lookup"),
            rs.getString("sms_url"),
            rs.getString("sms_method"),
            rs.getString("sms_fallback_url"),
            rs.getString("sms_fallback_method"),
            rs.getString("sms_status_callback"),
            rs.getString("message_status_callback"),
            rs.getBoolean("public_application_connect_enabled"),
            Sql.instant(rs, "date_created"),
            Sql.instant(rs, "date_updated"));

    private final Jdbi jdbi;

    public JdbcApplicationStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(Application application) {
        RequiredFields.check(application);
        Sql.write(jdbi, Sql.insert("applications", COLUMNS),
                u -> bind(u, application),
                () -> new DuplicateKeyException("duplicate sid " + application.sid()));
    }

    @Override
    public Optional<Application> find(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM applications WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).map(MAPPER).findOne());
    }

    @Override
    public Optional<Application> findBySid(String sid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM applications WHERE sid = :sid")
                .bind("sid", sid).map(MAPPER).findOne());
    }

    @Override
    public boolean update(Application application) {
        RequiredFields.check(application);
        return Sql.write(jdbi,
                "UPDATE applications SET " + UPDATE_SET + " WHERE sid = :sid AND account_sid = :account_sid",
                u -> bind(u, application),
                () -> new DuplicateKeyException("duplicate sid " + application.sid())) > 0;
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "DELETE FROM applications WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).execute()) > 0;
    }

    @Override
    public Page<Application> list(String accountSid, Optional<String> friendlyName, PageRequest page) {
        ListQuery query = new ListQuery("applications", COLUMNS, "account_sid = :account_sid")
                .bind("account_sid", accountSid);
        friendlyName.ifPresent(n -> query.filter("friendly_name = :friendly_name", "friendly_name", n));
        return query.fetch(jdbi, MAPPER, page);
    }

    private static void bind(Update u, Application a) {
        u.bind("sid", a.sid())
                .bind("account_sid", a.accountSid())
                .bind("friendly_name", a.friendlyName())
                .bind("api_version", a.apiVersion())
                .bind("voice_url", a.voiceUrl())
                .bind("voice_method", a.voiceMethod())
                .bind("voice_fallback_url", a.voiceFallbackUrl())
                .bind("voice_fallback_method", a.voiceFallbackMethod())
                .bind("status_callback", a.statusCallback())
                .bind("status_callback_method", a.statusCallbackMethod())
                .bind("voice_caller_id_lookup", a.voiceCallerIdLookup())
                .bind("sms_url", a.smsUrl())
                .bind("sms_method", a.smsMethod())
                .bind("sms_fallback_url", a.smsFallbackUrl())
                .bind("sms_fallback_method", a.smsFallbackMethod())
                .bind("sms_status_callback", a.smsStatusCallback())
                .bind("message_status_callback", a.messageStatusCallback())
                .bind("public_application_connect_enabled", a.publicApplicationConnectEnabled())
                .bind("date_created", Sql.timestamp(a.dateCreated()))
                .bind("date_updated", Sql.timestamp(a.dateUpdated()));
    }
}
