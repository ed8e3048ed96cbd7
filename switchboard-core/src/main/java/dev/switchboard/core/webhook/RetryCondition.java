package dev.switchboard.core.webhook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One failure class a webhook may be retried on: a value of the {@code rp} connection override
 * ({@code #rp=ct,5xx}). {@code all} in a URL means every constant here. See
 * https://www.twilio.com/docs/usage/webhooks/webhooks-connection-overrides (spec §0.2).
 */
public enum RetryCondition {
    /** The TCP connection could not be established in time or was refused. */
    CONNECT_TIMEOUT("ct"),
    /** Connected, but the response (or the next packet of it) did not arrive in time. */
    READ_TIMEOUT("rt"),
    /** The server answered with a 4xx status. */
    CLIENT_ERROR("4xx"),
    /** The server answered with a 5xx status. */
    SERVER_ERROR("5xx");

    private final String token;

    RetryCondition(String token) {
        this.token = token;
    }

    /** The value as written in a URL fragment. */
    public String token() {
        return token;
    }

    /** The constant for a token, ignoring case; {@code all} is not a single condition. */
    public static Optional<RetryCondition> fromToken(String token) {
        String wanted = token.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.token.equals(wanted)).findFirst();
    }
}
