package dev.switchboard.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Voice SDK clients: the signalling WebSocket ({@code /signal}, on the HTTP port as {@code ws://}
 * and on the HTTPS port as {@code wss://}, which is the only scheme the official SDK uses).
 * Options (flag / environment / default):
 * <ul>
 *   <li>{@code httpsPort} — {@code --https-port} / {@code SWITCHBOARD_HTTPS_PORT} / {@code 8443};
 *       {@code 0} picks a free port; {@code -1} turns TLS off</li>
 *   <li>{@code tlsKeystore} — {@code --tls-keystore} / {@code SWITCHBOARD_TLS_KEYSTORE} / none: a PKCS12
 *       keystore; without one a self-signed certificate for {@code localhost}/{@code 127.0.0.1} is
 *       made at first start as {@code <data-dir>/tls/switchboard.p12}</li>
 *   <li>{@code tlsPassword} — {@code --tls-password} / {@code SWITCHBOARD_TLS_PASSWORD} / {@code changeit}
 *       for the generated one</li>
 *   <li>{@code reconnectGrace} — {@code --client-reconnect-grace} / {@code SWITCHBOARD_CLIENT_RECONNECT_GRACE} /
 *       {@code 30} seconds: how long a device's call outlives its dropped socket</li>
 *   <li>{@code heartbeat} — {@code 10} seconds between {@code "\n"} heartbeats (the SDK drops a socket after 15 s of silence)</li>
 * </ul>
 * Derived, not an option: {@link #silenceLimit()}, how long a device may stay silent before the
 * platform stops ringing it and drops its socket.
 */
public record ClientConfig(int httpsPort, Optional<Path> tlsKeystore, String tlsPassword, Duration reconnectGrace,
        Duration heartbeat) {
    public static final int DEFAULT_HTTPS_PORT = 8443;
    public static final int TLS_OFF = -1;

    public static ClientConfig defaults() {
        return new ClientConfig(DEFAULT_HTTPS_PORT, Optional.empty(), "changeit", Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    public ClientConfig withHttpsPort(int port) {
        return new ClientConfig(port, tlsKeystore, tlsPassword, reconnectGrace, heartbeat);
    }

    public ClientConfig withReconnectGrace(Duration grace) {
        return new ClientConfig(httpsPort, tlsKeystore, tlsPassword, grace, heartbeat);
    }

    /**
     * Every SDK echoes the heartbeat, so a device heard from nothing for this long is gone (a frozen
     * page, a dead network path): 1.5 heartbeats, as the SDKs' own 15 s limit for the 10 s heartbeat,
     * but at least one second more than a heartbeat so a short test heartbeat tolerates scheduling jitter.
     */
    public Duration silenceLimit() {
        Duration oneAndAHalf = heartbeat.plus(heartbeat.dividedBy(2));
        Duration floor = heartbeat.plusSeconds(1);
        return oneAndAHalf.compareTo(floor) >= 0 ? oneAndAHalf : floor;
    }

    /** Another heartbeat period (code only, no flag: tests shorten or lengthen it to exercise clients' silence handling). */
    public ClientConfig withHeartbeat(Duration every) {
        return new ClientConfig(httpsPort, tlsKeystore, tlsPassword, reconnectGrace, every);
    }
}
