package dev.switchboard.core.call;

import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.webhook.WebhookMethod;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An error or warning with a Twilio code happened on the call; the REST API shows it as a Twilio
 * Notification resource ({@code NO…}), {@code log} 0 for errors and 1 for warnings.
 *
 * @param notificationSid the Notification SID ({@code NO…}); {@link #of} makes a fresh one
 * @param code            the Twilio error code (11200, 12100, 13227…)
 * @param requestUrl      the webhook URL involved, if any
 * @param requestMethod   its method, if any
 */
public record ErrorRaised(
        String accountSid, String callSid, long sequence, Instant at, String notificationSid,
        int code, String message, Level level, Optional<String> requestUrl, Optional<WebhookMethod> requestMethod)
        implements TimelineEntry {

    /** Twilio's two notification levels, with the {@code log} value it answers for each. */
    public enum Level {
        ERROR("0"), WARNING("1");

        private final String log;

        Level(String log) { this.log = log; }

        /** Twilio's {@code log} field: {@code "0"} error, {@code "1"} warning. */
        public String log() { return log; }
    }

    public ErrorRaised {
        TimelineChecks.header(accountSid, callSid, sequence, at);
        Objects.requireNonNull(notificationSid, "notificationSid");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(requestUrl, "requestUrl");
        Objects.requireNonNull(requestMethod, "requestMethod");
    }

    /** A new, not yet stored error with a fresh notification SID. */
    public static ErrorRaised of(String accountSid, String callSid, Instant at, int code, String message, Level level,
                                 Optional<String> requestUrl, Optional<WebhookMethod> requestMethod) {
        return new ErrorRaised(accountSid, callSid, 0, at, Sids.next(SidPrefix.NOTIFICATION), code, message, level,
                requestUrl, requestMethod);
    }

    @Override
    public ErrorRaised withSequence(long n) {
        return new ErrorRaised(accountSid, callSid, n, at, notificationSid, code, message, level, requestUrl, requestMethod);
    }
}
