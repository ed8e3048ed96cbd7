package dev.switchboard.core.webhook;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Twilio's date format in JSON and webhooks: {@code Tue, 31 Aug 2010 20:36:28 +0000} (UTC). */
public final class Rfc2822 {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);

    private Rfc2822() {}

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
