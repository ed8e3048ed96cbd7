package dev.switchboard.core.call;

import java.util.Objects;
import java.util.OptionalInt;

/** How one webhook request ended: an HTTP answer the call went on with, or a failure with its Twilio code. */
public sealed interface WebhookOutcome {
    /** Bodies longer than this many characters are stored cut short, with {@link Answered#truncated()} set. */
    int MAX_STORED_BODY_CHARS = 64 * 1024;

    /**
     * The customer's server answered.
     *
     * @param statusCode  the HTTP status
     * @param contentType the {@code Content-Type} header, {@code ""} when absent
     * @param body        the body as text, at most {@link #MAX_STORED_BODY_CHARS} characters
     * @param truncated   whether {@code body} was cut to that length
     */
    record Answered(int statusCode, String contentType, String body, boolean truncated) implements WebhookOutcome {
        public Answered {
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(body, "body");
            if (body.length() > MAX_STORED_BODY_CHARS) throw new IllegalArgumentException("body over the stored limit");
        }

        /** The answer with its full body, cut to the stored limit (never inside a surrogate pair). */
        public static Answered of(int statusCode, String contentType, String fullBody) {
            if (fullBody.length() <= MAX_STORED_BODY_CHARS) return new Answered(statusCode, contentType, fullBody, false);
            int end = MAX_STORED_BODY_CHARS;
            if (Character.isHighSurrogate(fullBody.charAt(end - 1))) end--;
            return new Answered(statusCode, contentType, fullBody.substring(0, end), true);
        }
    }

    /**
     * The request failed (connection error, timeout, an HTTP error status, an unusable answer).
     *
     * @param twilioCode   the Twilio error code (11200, 11205, 11210…)
     * @param reason       what went wrong, for people
     * @param responseCode the HTTP status when the server did answer (e.g. 500), else empty
     */
    record Failed(int twilioCode, String reason, OptionalInt responseCode) implements WebhookOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(responseCode, "responseCode");
        }
    }
}
