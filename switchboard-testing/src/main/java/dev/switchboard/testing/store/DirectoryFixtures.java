package dev.switchboard.testing.store;

import dev.switchboard.core.account.Account;
import dev.switchboard.core.account.AccountStatus;
import dev.switchboard.core.account.ApiKey;
import dev.switchboard.core.account.Application;
import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.account.TwimlBin;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import java.time.Instant;

/**
 * Directory records for store tests, each with a fresh random SID. Times carry microseconds
 * ({@link #T0}), the precision every store must keep.
 */
public final class DirectoryFixtures {
    /** A base instant with a microsecond fraction. */
    public static final Instant T0 = Instant.parse("2024-05-06T07:08:09.123456Z");

    private DirectoryFixtures() {}

    public static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    public static Account mainAccount(String friendlyName) {
        String sid = Sids.next(SidPrefix.ACCOUNT);
        return new Account(sid, sid, friendlyName, AccountStatus.ACTIVE, "Full", Sids.secret(), T0, at(1));
    }

    public static Account subaccount(String ownerSid, String friendlyName) {
        return new Account(Sids.next(SidPrefix.ACCOUNT), ownerSid, friendlyName, AccountStatus.ACTIVE, "Full",
                Sids.secret(), T0, T0);
    }

    public static ApiKey apiKey(String accountSid, String friendlyName) {
        return new ApiKey(Sids.next(SidPrefix.API_KEY), accountSid, friendlyName, Sids.secret(), T0, at(2));
    }

    /** Only the required fields set: every optional field null, every boolean false. */
    public static Application application(String accountSid, String friendlyName) {
        return new Application(Sids.next(SidPrefix.APPLICATION), accountSid, friendlyName, null,
                null, null, null, null, null, null, false,
                null, null, null, null, null, null, false, T0, T0);
    }

    /** Every field set to a distinct value, every boolean true. */
    public static Application fullApplication(String accountSid) {
        return new Application(Sids.next(SidPrefix.APPLICATION), accountSid, "Full app", "2010-04-01",
                "https://example.com/voice", "GET", "https://example.com/voice-fallback", "POST",
                "https://example.com/status", "GET", true,
                "https://example.com/sms", "POST", "https://example.com/sms-fallback", "GET",
                "https://example.com/sms-status", "https://example.com/message-status", true,
                T0, at(3));
    }

    /** Only the required fields set: every optional field null, every boolean false. */
    public static IncomingPhoneNumber phoneNumber(String accountSid, String e164) {
        return new IncomingPhoneNumber(Sids.next(SidPrefix.PHONE_NUMBER), accountSid, e164, null, null,
                null, null, null, null, null, null, null, false,
                null, null, null, null, null, null, T0, T0);
    }

    /** Every field set to a distinct value, every boolean true. */
    public static IncomingPhoneNumber fullPhoneNumber(String accountSid, String e164) {
        return new IncomingPhoneNumber(Sids.next(SidPrefix.PHONE_NUMBER), accountSid, e164, "Front desk",
                "2010-04-01", "https://example.com/voice", "GET", "https://example.com/voice-fallback", "POST",
                "https://example.com/status", "GET", Sids.next(SidPrefix.APPLICATION), true,
                "https://example.com/sms", "POST", "https://example.com/sms-fallback", "GET",
                Sids.next(SidPrefix.APPLICATION), Sids.next(SidPrefix.TRUNK), T0, at(4));
    }

    /** The number with {@code trunkSid} set (or cleared, with {@code null}). */
    public static IncomingPhoneNumber withTrunk(IncomingPhoneNumber n, String trunkSid) {
        return new IncomingPhoneNumber(n.sid(), n.accountSid(), n.phoneNumber(), n.friendlyName(), n.apiVersion(),
                n.voiceUrl(), n.voiceMethod(), n.voiceFallbackUrl(), n.voiceFallbackMethod(), n.statusCallback(),
                n.statusCallbackMethod(), n.voiceApplicationSid(), n.voiceCallerIdLookup(), n.smsUrl(),
                n.smsMethod(), n.smsFallbackUrl(), n.smsFallbackMethod(), n.smsApplicationSid(), trunkSid,
                n.dateCreated(), n.dateUpdated());
    }

    public static IncomingPhoneNumber withFriendlyName(IncomingPhoneNumber n, String friendlyName) {
        return new IncomingPhoneNumber(n.sid(), n.accountSid(), n.phoneNumber(), friendlyName, n.apiVersion(),
                n.voiceUrl(), n.voiceMethod(), n.voiceFallbackUrl(), n.voiceFallbackMethod(), n.statusCallback(),
                n.statusCallbackMethod(), n.voiceApplicationSid(), n.voiceCallerIdLookup(), n.smsUrl(),
                n.smsMethod(), n.smsFallbackUrl(), n.smsFallbackMethod(), n.smsApplicationSid(), n.trunkSid(),
                n.dateCreated(), n.dateUpdated());
    }

    /** A TwiML Bin with a template that uses a variable, a section and non-ASCII text. */
    public static TwimlBin twimlBin(String accountSid, String friendlyName) {
        return new TwimlBin(Sids.next(SidPrefix.TWIML_BIN), accountSid, friendlyName,
                "<Response>{{#Name}}<Say>Hej {{ Name }} \u00e9\u2603</Say>{{/Name}}</Response>\n", T0, at(4));
    }
}
