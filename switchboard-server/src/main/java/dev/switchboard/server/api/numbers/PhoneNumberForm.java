package dev.switchboard.server.api.numbers;

import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.store.ApplicationStore;
import dev.switchboard.core.store.TrunkStore;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.FormFields;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Applies IncomingPhoneNumber create/update parameters onto a record. A sent parameter replaces
 * the field (an empty value clears an optional one); {@code VoiceApplicationSid} must name an
 * application of the same account and {@code TrunkSid} a trunk of it. Setting one of the two clears the
 * other (spec twilio-sip-media.md §3.2: a trunk "deletes {@code voice_application_sid}", and vice versa).
 */
final class PhoneNumberForm {
    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{1,14}$");

    private PhoneNumberForm() {}

    static String e164(String value) {
        String v = value.trim();
        if (!E164.matcher(v).matches()) throw new TwilioException(TwilioError.PHONE_NUMBER_INVALID, value);
        return v;
    }

    static IncomingPhoneNumber blank(String sid, String accountSid, String number, Instant now) {
        return new IncomingPhoneNumber(sid, accountSid, number, FriendlyNumber.format(number), "2010-04-01",
                null, "POST", null, "POST", null, "POST", null, false, null, "POST", null, "POST", null, null, now, now);
    }

    static IncomingPhoneNumber apply(IncomingPhoneNumber n, ApiRequest req, ApplicationStore apps, TrunkStore trunks,
            Instant now) {
        String voiceApplicationSid = applicationSid(req, "VoiceApplicationSid", n.accountSid(), apps, n.voiceApplicationSid());
        String trunkSid = trunkSid(req, n.accountSid(), trunks, n.trunkSid());
        // A trunk and a voice application exclude each other: the one set by this request clears the other.
        boolean newApp = voiceApplicationSid != null && !voiceApplicationSid.equals(n.voiceApplicationSid());
        boolean newTrunk = trunkSid != null && !trunkSid.equals(n.trunkSid());
        if (newApp && newTrunk) {
            throw FormFields.invalid("TrunkSid", trunkSid, "a number cannot have a TrunkSid and a VoiceApplicationSid at once");
        }
        if (newTrunk) voiceApplicationSid = null;
        if (newApp) trunkSid = null;
        return new IncomingPhoneNumber(
                n.sid(), n.accountSid(), n.phoneNumber(),
                FormFields.friendlyName(req).orElse(n.friendlyName()),
                FormFields.apiVersion(req).orElse(n.apiVersion()),
                url(req, "VoiceUrl", n.voiceUrl()),
                FormFields.method(req, "VoiceMethod", TwilioError.NUMBER_METHOD_INVALID).orElse(n.voiceMethod()),
                url(req, "VoiceFallbackUrl", n.voiceFallbackUrl()),
                FormFields.method(req, "VoiceFallbackMethod", TwilioError.NUMBER_METHOD_INVALID).orElse(n.voiceFallbackMethod()),
                url(req, "StatusCallback", n.statusCallback()),
                FormFields.method(req, "StatusCallbackMethod", TwilioError.NUMBER_METHOD_INVALID).orElse(n.statusCallbackMethod()),
                voiceApplicationSid,
                FormFields.bool(req, "VoiceCallerIdLookup").orElse(n.voiceCallerIdLookup()),
                url(req, "SmsUrl", n.smsUrl()),
                FormFields.method(req, "SmsMethod", TwilioError.NUMBER_METHOD_INVALID).orElse(n.smsMethod()),
                url(req, "SmsFallbackUrl", n.smsFallbackUrl()),
                FormFields.method(req, "SmsFallbackMethod", TwilioError.NUMBER_METHOD_INVALID).orElse(n.smsFallbackMethod()),
                applicationSid(req, "SmsApplicationSid", n.accountSid(), apps, n.smsApplicationSid()),
                trunkSid,
                n.dateCreated(), now);
    }

    private static String url(ApiRequest req, String name, String current) {
        return FormFields.replaceOrClear(FormFields.url(req, name, TwilioError.NUMBER_URL_INVALID), current);
    }

    /** {@code TrunkSid}: not sent keeps {@code current}; empty detaches the number; otherwise a trunk of this account. */
    private static String trunkSid(ApiRequest req, String accountSid, TrunkStore trunks, String current) {
        Optional<String> v = req.param("TrunkSid");
        if (v.isEmpty()) return current;
        if (v.get().isEmpty()) return null;
        if (trunks.find(accountSid, v.get()).isEmpty()) {
            throw FormFields.invalid("TrunkSid", v.get(), "not a trunk of this account");
        }
        return v.get();
    }

    /** Not sent keeps {@code current}; empty clears the link; otherwise it must be an application of this account. */
    private static String applicationSid(ApiRequest req, String name, String accountSid, ApplicationStore apps, String current) {
        Optional<String> v = req.param(name);
        if (v.isEmpty()) return current;
        if (v.get().isEmpty()) return null;
        if (apps.find(accountSid, v.get()).isEmpty()) throw new TwilioException(TwilioError.APPLICATION_SID_INVALID, v.get());
        return v.get();
    }
}
