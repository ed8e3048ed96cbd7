package dev.switchboard.core.webhook;

import java.util.Locale;
import java.util.Set;

/**
 * What a webhook answer may look like, as Twilio checks it (spec §0.2). Pure.
 *
 * <p><b>Content types.</b> A TwiML answer must be {@code text/xml} or {@code application/xml}
 * (case-insensitive, parameters such as {@code ; charset=utf-8} allowed). Everything else is 12300,
 * including a missing header, {@code text/html} and {@code text/plain}: Twilio's support article
 * "Error 12300 Invalid Content-Type for Incoming Webhooks" names {@code text/html} and JSON as
 * refused and only the two XML types as the fix. Older Twilio pages (and today's messaging page for
 * 11206) still list {@code text/html}, and long ago {@code text/plain} was read aloud; Switchboard
 * follows the current voice rule, which is the strict one, so an app that works here works there.
 *
 * <p><b>Size.</b> Error 11750 "TwiML response body too large": "the response body is larger than
 * 64 kB" (twilio.com/docs/api/errors/11750). Counted in bytes as received, 64 × 1024.
 */
public final class WebhookLimits {
    /** Largest TwiML body accepted, in bytes; one more byte is error 11750. */
    public static final int MAX_TWIML_BYTES = 64 * 1024;

    private static final Set<String> TWIML_TYPES = Set.of("text/xml", "application/xml");

    private WebhookLimits() {}

    /** Whether a {@code Content-Type} header value is acceptable for TwiML; empty is not. */
    public static boolean isTwimlContentType(String contentType) {
        return TWIML_TYPES.contains(mediaType(contentType));
    }

    /** The media type without parameters, lower case: {@code "Text/XML; charset=UTF-8"} → {@code text/xml}. */
    public static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a status is a success for any webhook. */
    public static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }
}
