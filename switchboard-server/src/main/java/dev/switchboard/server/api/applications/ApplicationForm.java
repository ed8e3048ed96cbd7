package dev.switchboard.server.api.applications;

import dev.switchboard.core.account.Application;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.FormFields;
import java.time.Instant;

/**
 * Applies Application create/update parameters onto a record: a parameter that was sent replaces
 * the field (an empty URL clears it), one that was not keeps it. Shared by create and update.
 */
final class ApplicationForm {
    static final String API_VERSION = "2010-04-01";

    private ApplicationForm() {}

    static Application blank(String sid, String accountSid, Instant now) {
        return new Application(sid, accountSid, null, API_VERSION, null, "POST", null, "POST", null, "POST", false,
                null, "POST", null, "POST", null, null, false, now, now);
    }

    static Application apply(Application a, ApiRequest req, Instant now) {
        return new Application(
                a.sid(), a.accountSid(),
                FormFields.friendlyName(req).orElse(a.friendlyName()),
                FormFields.apiVersion(req).orElse(a.apiVersion()),
                url(req, "VoiceUrl", a.voiceUrl()),
                FormFields.method(req, "VoiceMethod", TwilioError.METHOD_INVALID).orElse(a.voiceMethod()),
                url(req, "VoiceFallbackUrl", a.voiceFallbackUrl()),
                FormFields.method(req, "VoiceFallbackMethod", TwilioError.METHOD_INVALID).orElse(a.voiceFallbackMethod()),
                url(req, "StatusCallback", a.statusCallback()),
                FormFields.method(req, "StatusCallbackMethod", TwilioError.METHOD_INVALID).orElse(a.statusCallbackMethod()),
                FormFields.bool(req, "VoiceCallerIdLookup").orElse(a.voiceCallerIdLookup()),
                url(req, "SmsUrl", a.smsUrl()),
                FormFields.method(req, "SmsMethod", TwilioError.METHOD_INVALID).orElse(a.smsMethod()),
                url(req, "SmsFallbackUrl", a.smsFallbackUrl()),
                FormFields.method(req, "SmsFallbackMethod", TwilioError.METHOD_INVALID).orElse(a.smsFallbackMethod()),
                url(req, "SmsStatusCallback", a.smsStatusCallback()),
                url(req, "MessageStatusCallback", a.messageStatusCallback()),
                FormFields.bool(req, "PublicApplicationConnectEnabled").orElse(a.publicApplicationConnectEnabled()),
                a.dateCreated(), now);
    }

    private static String url(ApiRequest req, String name, String current) {
        return FormFields.replaceOrClear(FormFields.url(req, name, TwilioError.URL_PARAMETER_INVALID), current);
    }
}
