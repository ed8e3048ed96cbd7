package dev.switchboard.server.cli;

import dev.switchboard.server.app.Switchboard;
import dev.switchboard.server.config.BootstrapConfig;
import dev.switchboard.server.config.CallConfig;
import dev.switchboard.server.config.ClientConfig;
import dev.switchboard.server.config.HttpConfig;
import dev.switchboard.server.config.ServerConfig;
import dev.switchboard.server.config.SipConfig;
import dev.switchboard.server.db.DatabaseConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code switchboard serve}: runs the platform in the foreground until SIGTERM / Ctrl-C, then shuts
 * down cleanly. Every option: flag, else environment variable, else default (docs/configuration.md).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the platform in the foreground.")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--http-port", defaultValue = "${env:SWITCHBOARD_HTTP_PORT:-8080}",
            description = "HTTP port (env SWITCHBOARD_HTTP_PORT, default ${DEFAULT-VALUE}; 0 = any free port)")
    int httpPort;

    @Option(names = "--bind", defaultValue = "${env:SWITCHBOARD_BIND:-127.0.0.1}",
            description = "Address to listen on (env SWITCHBOARD_BIND, default ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--public-url", defaultValue = "${env:SWITCHBOARD_PUBLIC_URL:-}",
            description = "Public base URL (env SWITCHBOARD_PUBLIC_URL, default http://127.0.0.1:<port>)")
    String publicUrl;

    @Option(names = "--max-request-bytes", defaultValue = "${env:SWITCHBOARD_MAX_REQUEST_BYTES:-1048576}",
            description = "Largest accepted request body (env SWITCHBOARD_MAX_REQUEST_BYTES, default ${DEFAULT-VALUE})")
    long maxRequestBytes;

    @Option(names = "--data-dir", defaultValue = "${env:SWITCHBOARD_DATA_DIR:-./data}",
            description = "Data directory; the embedded database lives here (env SWITCHBOARD_DATA_DIR, default ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--recordings-dir", defaultValue = "${env:SWITCHBOARD_RECORDINGS_DIR:-}",
            description = "Where recording audio is kept (env SWITCHBOARD_RECORDINGS_DIR, default <data-dir>/recordings)")
    String recordingsDir;

    @Option(names = "--db-url", defaultValue = "${env:SWITCHBOARD_DB_URL:-}",
            description = "JDBC URL; jdbc:postgresql://… switches to PostgreSQL (env SWITCHBOARD_DB_URL, default embedded H2 in the data dir)")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:SWITCHBOARD_DB_USER:-}",
            description = "Database user (env SWITCHBOARD_DB_USER)")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:SWITCHBOARD_DB_PASSWORD:-}",
            description = "Database password (env SWITCHBOARD_DB_PASSWORD)")
    String dbPassword;

    @Option(names = "--account-sid", defaultValue = "${env:SWITCHBOARD_ACCOUNT_SID:-}",
            description = "Main account SID to create or confirm at start (env SWITCHBOARD_ACCOUNT_SID)")
    String accountSid;

    @Option(names = "--auth-token", defaultValue = "${env:SWITCHBOARD_AUTH_TOKEN:-}",
            description = "Main account auth token (env SWITCHBOARD_AUTH_TOKEN)")
    String authToken;

    @Option(names = "--clock", defaultValue = "${env:SWITCHBOARD_CLOCK:-system}",
            description = "system or virtual: virtual time skips idle waits (env SWITCHBOARD_CLOCK, default ${DEFAULT-VALUE})")
    String clock;

    @Option(names = "--max-live-calls", defaultValue = "${env:SWITCHBOARD_MAX_LIVE_CALLS:-20000}",
            description = "Calls live on this node at once; new calls over it are refused with 20429 (env SWITCHBOARD_MAX_LIVE_CALLS, default ${DEFAULT-VALUE})")
    int maxLiveCalls;

    @Option(names = "--cps", defaultValue = "${env:SWITCHBOARD_CPS:-0}",
            description = "REST-created calls per second per account; 0 = no limit (env SWITCHBOARD_CPS, default ${DEFAULT-VALUE})")
    double cps;

    @Option(names = "--app-connect-rate", defaultValue = "${env:SWITCHBOARD_APP_CONNECT_RATE:-0.0025}",
            description = "USD per minute of a <Dial><Application> receiving leg (env SWITCHBOARD_APP_CONNECT_RATE, default ${DEFAULT-VALUE})")
    java.math.BigDecimal appConnectRate;

    @Option(names = "--https-port", defaultValue = "${env:SWITCHBOARD_HTTPS_PORT:-8443}",
            description = "HTTPS port, also serving wss://…/signal for the Voice SDK (env SWITCHBOARD_HTTPS_PORT, default ${DEFAULT-VALUE}; 0 = any free port; -1 = no TLS)")
    int httpsPort;

    @Option(names = "--tls-keystore", defaultValue = "${env:SWITCHBOARD_TLS_KEYSTORE:-}",
            description = "PKCS12 keystore for HTTPS (env SWITCHBOARD_TLS_KEYSTORE, default a self-signed localhost certificate made in <data-dir>/tls)")
    String tlsKeystore;

    @Option(names = "--tls-password", defaultValue = "${env:SWITCHBOARD_TLS_PASSWORD:-changeit}",
            description = "Keystore password (env SWITCHBOARD_TLS_PASSWORD, default ${DEFAULT-VALUE})")
    String tlsPassword;

    @Option(names = "--client-reconnect-grace", defaultValue = "${env:SWITCHBOARD_CLIENT_RECONNECT_GRACE:-30}",
            description = "Seconds a Voice SDK device's call outlives its dropped socket (env SWITCHBOARD_CLIENT_RECONNECT_GRACE, default ${DEFAULT-VALUE})")
    int reconnectGrace;

    @Option(names = "--sip-host", defaultValue = "${env:SWITCHBOARD_SIP_HOST:-localhost}",
            description = "SIP host: domain names end in .sip.<host>, trunk domains in .pstn.<host>, the digest realm is sip.<host> (env SWITCHBOARD_SIP_HOST, default ${DEFAULT-VALUE})")
    String sipHost;

    @Option(names = "--sip-port", defaultValue = "${env:SWITCHBOARD_SIP_PORT:-5060}",
            description = "SIP port for UDP and TCP on --bind (env SWITCHBOARD_SIP_PORT, default ${DEFAULT-VALUE}; 0 = any free port; -1 = no SIP)")
    int sipPort;

    @Option(names = "--sip-tls-port", defaultValue = "${env:SWITCHBOARD_SIP_TLS_PORT:-5061}",
            description = "SIP over TLS port, with the HTTPS certificate (env SWITCHBOARD_SIP_TLS_PORT, default ${DEFAULT-VALUE}; 0 = any free port; -1 = off)")
    int sipTlsPort;

    @Option(names = "--rtp-ports", defaultValue = "${env:SWITCHBOARD_RTP_PORTS:-10000-20000}",
            description = "UDP port range for SIP calls' RTP, low-high (env SWITCHBOARD_RTP_PORTS, default ${DEFAULT-VALUE}; 0 = any free port)")
    String rtpPorts;

    @Option(names = "--pstn-gateway", defaultValue = "${env:SWITCHBOARD_PSTN_GATEWAY:-}",
            description = "A carrier's SIP gateway sip:host[:port][;transport=…]: unowned numbers are called there instead of simulated phones (env SWITCHBOARD_PSTN_GATEWAY)")
    String pstnGateway;

    @Option(names = "--pstn-gateway-username", defaultValue = "${env:SWITCHBOARD_PSTN_GATEWAY_USERNAME:-}",
            description = "Digest username for the PSTN gateway (env SWITCHBOARD_PSTN_GATEWAY_USERNAME)")
    String pstnGatewayUsername;

    @Option(names = "--pstn-gateway-password", defaultValue = "${env:SWITCHBOARD_PSTN_GATEWAY_PASSWORD:-}",
            description = "Digest password for the PSTN gateway (env SWITCHBOARD_PSTN_GATEWAY_PASSWORD)")
    String pstnGatewayPassword;

    ServerConfig config() {
        HttpConfig http = new HttpConfig(bind, httpPort, publicUrl, maxRequestBytes);
        DatabaseConfig db = dbUrl.isBlank()
                ? DatabaseConfig.embeddedH2(dataDir)
                : new DatabaseConfig(dbUrl, dbUser, dbPassword);
        BootstrapConfig boot = new BootstrapConfig(nonBlank(accountSid), nonBlank(authToken));
        CallConfig.ClockMode mode = switch (clock.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "system" -> CallConfig.ClockMode.SYSTEM;
            case "virtual" -> CallConfig.ClockMode.VIRTUAL;
            default -> throw new IllegalArgumentException("--clock must be system or virtual, got " + clock);
        };
        if (cps < 0) throw new IllegalArgumentException("--cps must be 0 or more");
        if (appConnectRate.signum() < 0) throw new IllegalArgumentException("--app-connect-rate must be 0 or more");
        if (httpsPort < -1 || httpsPort > 65535) throw new IllegalArgumentException("--https-port must be -1, 0 or a port");
        if (reconnectGrace < 0) throw new IllegalArgumentException("--client-reconnect-grace must be 0 or more");
        ClientConfig clients = new ClientConfig(httpsPort, nonBlank(tlsKeystore).map(Path::of), tlsPassword,
                java.time.Duration.ofSeconds(reconnectGrace), java.time.Duration.ofSeconds(10));
        return new ServerConfig(http, dataDir, db, boot, new CallConfig(mode, cps, appConnectRate, maxLiveCalls), clients,
                new SipConfig(sipHost, sipPort, sipTlsPort, rtpPorts, nonBlank(pstnGateway).map(g -> new SipConfig.Gateway(g,
                        nonBlank(pstnGatewayUsername), nonBlank(pstnGatewayPassword)))),
                nonBlank(recordingsDir).map(d -> new dev.switchboard.server.config.RecordingConfig(Path.of(d)))
                        .orElseGet(() -> dev.switchboard.server.config.RecordingConfig.under(dataDir)));
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.trim());
    }

    @Override
    public Integer call() throws InterruptedException {
        Switchboard sb = new Switchboard(config(), Clock.systemUTC()).start();
        var boot = sb.bootstrap();
        if (boot.generated()) {
            System.out.println("Created the main account. Its credentials are shown only this once:");
            System.out.println("  Account SID: " + boot.account().sid());
            System.out.println("  Auth token:  " + boot.account().authToken());
        } else {
            System.out.println("Main account: " + boot.account().sid());
        }
        System.out.println("Switchboard is up: " + sb.publicUrl() + "  (REST base " + sb.publicUrl() + "/2010-04-01)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sb.close();
            System.out.println("Switchboard stopped.");
            stopped.countDown();
        }, "switchboard-shutdown"));
        stopped.await();
        return 0;
    }
}
