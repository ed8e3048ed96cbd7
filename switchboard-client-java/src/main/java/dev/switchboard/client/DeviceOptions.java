package dev.switchboard.client;

import java.time.Duration;
import java.util.Objects;

/**
 * A {@link Device}'s options; every one has the Voice JS SDK's value as its default. Immutable:
 * {@code DeviceOptions.defaults().withSilenceLimit(Duration.ofSeconds(5))}.
 *
 * @param timeout              {@code 10 s}: bounds each step of connecting (the WebSocket handshake,
 *                             {@code listen} → {@code connected}, {@code register} → {@code ready}), also
 *                             of every reconnect attempt, and {@link Device#register()}/{@link Device#unregister()}
 * @param silenceLimit         {@code 15 s}: a socket that brought no frame (not even the server's
 *                             {@code "\n"} heartbeat, sent every 10 s) for this long is taken for dead and
 *                             the device reconnects, as the JS SDK's {@code WSTransport} does (spec §2)
 * @param callReconnectTimeout {@code 30 s}: how long a call stays {@code RECONNECTING}; past it the call
 *                             ends here with {@code ERROR} and {@code DISCONNECTED} 31005 (the JS SDK 2.1
 *                             changelog: "a Call can potentially be recovered up to 30 seconds"; the server's
 *                             own grace period is also 30 s by default)
 * @param tokenRefresh         {@code 10 s}: {@link Device#onTokenWillExpire} fires this long before the token's
 *                             ttl (from the server's {@code connected}) runs out, or at once if less is left
 *                             (the JS SDK's {@code tokenRefreshMs})
 */
public record DeviceOptions(Duration timeout, Duration silenceLimit, Duration callReconnectTimeout, Duration tokenRefresh) {
    public DeviceOptions {
        positive(timeout, "timeout");
        positive(silenceLimit, "silenceLimit");
        positive(callReconnectTimeout, "callReconnectTimeout");
        Objects.requireNonNull(tokenRefresh, "tokenRefresh");
        if (tokenRefresh.isNegative()) throw new IllegalArgumentException("tokenRefresh must not be negative, got " + tokenRefresh);
    }

    public static DeviceOptions defaults() {
        return new DeviceOptions(Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    public DeviceOptions withTimeout(Duration d) { return new DeviceOptions(d, silenceLimit, callReconnectTimeout, tokenRefresh); }

    public DeviceOptions withSilenceLimit(Duration d) { return new DeviceOptions(timeout, d, callReconnectTimeout, tokenRefresh); }

    public DeviceOptions withCallReconnectTimeout(Duration d) { return new DeviceOptions(timeout, silenceLimit, d, tokenRefresh); }

    public DeviceOptions withTokenRefresh(Duration d) { return new DeviceOptions(timeout, silenceLimit, callReconnectTimeout, d); }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
}
