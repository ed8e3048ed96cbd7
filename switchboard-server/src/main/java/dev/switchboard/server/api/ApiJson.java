package dev.switchboard.server.api;

import dev.switchboard.core.webhook.Rfc2822;
import java.time.Instant;

/** Twilio's JSON value formats: RFC 2822 dates in UTC ({@code Tue, 31 Aug 2010 20:36:28 +0000}). */
public final class ApiJson {
    private ApiJson() {}

    public static String date(Instant instant) {
        return instant == null ? null : Rfc2822.format(instant);
    }

    /** Twilio answers unset URL and SID fields of numbers and applications as {@code ""}, not null. */
    public static String text(String value) {
        return value == null ? "" : value;
    }

    /** Resource URIs are relative to the API host and start at the version, like Twilio's. */
    public static String accountPath(String accountSid) {
        return "/2010-04-01/Accounts/" + accountSid;
    }
}
