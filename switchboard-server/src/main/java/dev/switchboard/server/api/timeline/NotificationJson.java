package dev.switchboard.server.api.timeline;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.ErrorRaised;
import dev.switchboard.core.error.TwilioError;
import dev.switchboard.server.api.ApiJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Twilio's Notification JSON (OpenAPI {@code api.v2010.account.notification} and
 * {@code api.v2010.account.call.call_notification}): {@code error_code} is a string,
 * {@code log} is {@code "0"} for an error and {@code "1"} for a warning, {@code message_date},
 * {@code date_created} and {@code date_updated} are all the moment the error happened. A fetch also
 * answers {@code request_variables}, {@code response_body} and {@code response_headers}, as
 * Twilio's fetch does; Switchboard does not keep them on the error, so they are {@code null}.
 */
public final class NotificationJson {
    private NotificationJson() {}

    /** As listed or fetched under the account ({@code /Notifications/NO….json}). */
    public static Map<String, Object> ofAccount(ErrorRaised e, boolean fetched) {
        return of(e, ApiJson.accountPath(e.accountSid()) + "/Notifications/" + e.notificationSid() + ".json", fetched);
    }

    /** As listed or fetched under its call ({@code /Calls/CA…/Notifications/NO….json}). */
    public static Map<String, Object> ofCall(ErrorRaised e, boolean fetched) {
        return of(e, ApiJson.accountPath(e.accountSid()) + "/Calls/" + e.callSid() + "/Notifications/"
                + e.notificationSid() + ".json", fetched);
    }

    private static Map<String, Object> of(ErrorRaised e, String uri, boolean fetched) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("account_sid", e.accountSid());
        m.put("api_version", Call.API_VERSION);
        m.put("call_sid", e.callSid());
        m.put("date_created", ApiJson.date(e.at()));
        m.put("date_updated", ApiJson.date(e.at()));
        m.put("error_code", Integer.toString(e.code()));
        m.put("log", e.level().log());
        m.put("message_date", ApiJson.date(e.at()));
        m.put("message_text", e.message());
        m.put("more_info", TwilioError.moreInfoFor(e.code()));
        m.put("request_method", e.requestMethod().map(Enum::name).orElse(null));
        m.put("request_url", e.requestUrl().orElse(null));
        if (fetched) {
            m.put("request_variables", null);
            m.put("response_body", null);
            m.put("response_headers", null);
        }
        m.put("sid", e.notificationSid());
        m.put("uri", uri);
        return m;
    }
}
