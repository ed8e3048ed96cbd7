package dev.switchboard.server.db;

import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.PhoneNumberStore;
import dev.switchboard.core.store.RequiredFields;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/**
 * {@link PhoneNumberStore} on the {@code incoming_phone_numbers} table, whose unique constraint on
 * {@code phone_number} keeps a number to one owner even under concurrent creates. Thread-safe;
 * every method blocks on JDBC.
 */
public final class JdbcPhoneNumberStore implements PhoneNumberStore {
    private static final String COLUMNS = "sid, account_sid, phone_number, friendly_name, api_version,"
            + " voice_url, voice_method, voice_fallback_url, voice_fallback_method,"
            + " status_callback, status_callback_method, voice_application_sid, voice_caller_id_lookup,"
            + " sms_url, sms_method, sms_fallback_url, sms_fallback_method, sms_application_sid, trunk_sid,"
            + " date_created, date_updated";
    private static final String UPDATE_SET = "phone_number = :phone_number, friendly_name = :friendly_name,"
            + " api_version = :api_version, voice_url = :voice_url, voice_method = :voice_method,"
            + " voice_fallback_url = :voice_fallback_url, voice_fallback_method = :voice_fallback_method,"
            + " status_callback = :status_callback, status_callback_method = :status_callback_method,"
            + " voice_application_sid = :voice_application_sid, voice_caller_id_lookup = :voice_caller_id_lookup,"
            + " sms_url = :sms_url, sms_method = :sms_method,"
            + " sms_fallback_url = :sms_fallback_url, sms_fallback_method = :sms_fallback_method,"
            + " sms_application_sid = :sms_application_sid, trunk_sid = :trunk_sid,"
            + " date_created = :date_created, date_updated = :date_updated";
    private static final RowMapper<IncomingPhoneNumber> MAPPER = (rs, ctx) -> new IncomingPhoneNumber(
            rs.getString("sid"),
            rs.getString("account_sid"),
            rs.getString("phone_number"),
            rs.getString("friendly_name"),
            rs.getString("api_version"),
            rs.getString("voice_url"),
            rs.getString("voice_method"),
            rs.getString("voice_fallback_url"),
            rs.getString("voice_fallback_method"),
            rs.getString("status_callback"),
            rs.getString("status_callback_method"),
            rs.getString("voice_application_sid"),
            rs.getBoolean("voice_caller_id_lookup"),
            rs.getString("sms_url"),
            rs.getString("sms_method"),
            rs.getString("sms_fallback_url"),
            rs.getString("sms_fallback_method"),
            rs.getString("sms_application_sid"),
            rs.getString("trunk_sid"),
            Sql.instant(rs, "date_created"),
            Sql.instant(rs, "date_updated"));

    private final Jdbi jdbi;

    public JdbcPhoneNumberStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void create(IncomingPhoneNumber number) {
        RequiredFields.check(number);
        Sql.write(jdbi, Sql.insert("incoming_phone_numbers", COLUMNS), u -> bind(u, number),
                () -> duplicate(number));
    }

    @Override
    public Optional<IncomingPhoneNumber> find(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM incoming_phone_numbers WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).map(MAPPER).findOne());
    }

    @Override
    public Optional<IncomingPhoneNumber> findByPhoneNumber(String e164) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM incoming_phone_numbers WHERE phone_number = :phone_number")
                .bind("phone_number", e164).map(MAPPER).findOne());
    }

    @Override
    public boolean update(IncomingPhoneNumber number) {
        RequiredFields.check(number);
        return Sql.write(jdbi,
                "UPDATE incoming_phone_numbers SET " + UPDATE_SET + " WHERE sid = :sid AND account_sid = :account_sid",
                u -> bind(u, number),
                () -> duplicate(number)) > 0;
    }

    @Override
    public boolean delete(String accountSid, String sid) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "DELETE FROM incoming_phone_numbers WHERE sid = :sid AND account_sid = :account_sid")
                .bind("sid", sid).bind("account_sid", accountSid).execute()) > 0;
    }

    @Override
    public Page<IncomingPhoneNumber> list(String accountSid, Optional<String> phoneNumber,
                                          Optional<String> friendlyName, PageRequest page) {
        ListQuery query = new ListQuery("incoming_phone_numbers", COLUMNS, "account_sid = :account_sid")
                .bind("account_sid", accountSid);
        phoneNumber.ifPresent(p -> query.filter(
                "phone_number LIKE :phone_like ESCAPE '" + Sql.LIKE_ESCAPE + "'", "phone_like", Sql.containsLike(p)));
        friendlyName.ifPresent(n -> query.filter("friendly_name = :friendly_name", "friendly_name", n));
        return query.fetch(jdbi, MAPPER, page);
    }

    @Override
    public Page<IncomingPhoneNumber> listByTrunk(String accountSid, String trunkSid, PageRequest page) {
        return new ListQuery("incoming_phone_numbers", COLUMNS, "account_sid = :account_sid")
                .bind("account_sid", accountSid)
                .filter("trunk_sid = :trunk_sid", "trunk_sid", trunkSid)
                .fetch(jdbi, MAPPER, page);
    }

    @Override
    public int detachTrunk(String accountSid, String trunkSid, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE incoming_phone_numbers SET trunk_sid = NULL,"
                        + " date_updated = :now WHERE account_sid = :account_sid AND trunk_sid = :trunk_sid")
                .bind("now", Sql.timestamp(now)).bind("account_sid", accountSid).bind("trunk_sid", trunkSid).execute());
    }

    /** Names the key that collided; the failed statement has been rolled back, so this reads committed rows. */
    private DuplicateKeyException duplicate(IncomingPhoneNumber number) {
        boolean numberTaken = findByPhoneNumber(number.phoneNumber())
                .filter(other -> !other.sid().equals(number.sid()))
                .isPresent();
        return new DuplicateKeyException(numberTaken
                ? "phone number " + number.phoneNumber() + " is already in use"
                : "duplicate sid " + number.sid());
    }

    private static void bind(Update u, IncomingPhoneNumber n) {
        u.bind("sid", n.sid())
                .bind("account_sid", n.accountSid())
                .bind("phone_number", n.phoneNumber())
                .bind("friendly_name", n.friendlyName())
                .bind("api_version", n.apiVersion())
                .bind("voice_url", n.voiceUrl())
                .bind("voice_method", n.voiceMethod())
                .bind("voice_fallback_url", n.voiceFallbackUrl())
                .bind("voice_fallback_method", n.voiceFallbackMethod())
                .bind("status_callback", n.statusCallback())
                .bind("status_callback_method", n.statusCallbackMethod())
                .bind("voice_application_sid", n.voiceApplicationSid())
                .bind("voice_caller_id_lookup", n.voiceCallerIdLookup())
                .bind("sms_url", n.smsUrl())
                .bind("sms_method", n.smsMethod())
                .bind("sms_fallback_url", n.smsFallbackUrl())
                .bind("sms_fallback_method", n.smsFallbackMethod())
                .bind("sms_application_sid", n.smsApplicationSid())
                .bind("trunk_sid", n.trunkSid())
                .bind("date_created", Sql.timestamp(n.dateCreated()))
                .bind("date_updated", Sql.timestamp(n.dateUpdated()));
    }
}
