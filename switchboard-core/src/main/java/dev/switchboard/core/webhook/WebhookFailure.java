package dev.switchboard.core.webhook;

import dev.switchboard.core.error.TwilioError;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A webhook that did not produce a usable answer. The codes a client uses (see the
 * {@code Webhooks} block of {@link TwilioError}): 11200 for non-2xx answers and network failures
 * (refused, unresolved, timed out, reset), 12300 for a TwiML answer without an XML content type,
 * 11750 for a TwiML body over 64 KB, 11215/11216 for redirect loops and unusable redirects,
 * 11100 for a URL that cannot be requested at all.
 *
 * @param twilioCode Twilio's error code, e.g. 11200
 * @param reason human-readable cause, naming the URL and what went wrong (never the Auth Token)
 * @param httpStatus the last HTTP status received, if any answer arrived
 * @param body the last body received, if any (for logs and the debugger)
 * @param elapsed see {@link WebhookResult#elapsed()}
 */
public record WebhookFailure(
        int twilioCode, String reason, Optional<Integer> httpStatus, Optional<String> body, Duration elapsed)
        implements WebhookResult {

    public WebhookFailure {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(httpStatus, "httpStatus");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** A failure with no HTTP answer (connect, timeout, reset); the reason is {@code error}'s message. */
    public static WebhookFailure of(TwilioError error, String detail, Duration elapsed) {
        return new WebhookFailure(error.code(), message(error, detail), Optional.empty(), Optional.empty(), elapsed);
    }

    /** A failure decided on an HTTP answer. */
    public static WebhookFailure of(TwilioError error, String detail, int httpStatus, String body, Duration elapsed) {
        return new WebhookFailure(error.code(), message(error, detail), Optional.of(httpStatus), Optional.of(body), elapsed);
    }

    private static String message(TwilioError error, String detail) {
        return String.format(error.template(), detail);
    }
}
