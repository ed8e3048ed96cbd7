package dev.switchboard.it.support;

import com.twilio.http.TwilioRestClient;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.server.app.Switchboard;
import dev.switchboard.server.config.BootstrapConfig;
import dev.switchboard.server.config.CallConfig;
import dev.switchboard.server.config.ClientConfig;
import dev.switchboard.server.config.HttpConfig;
import dev.switchboard.server.config.ServerConfig;
import dev.switchboard.server.db.DatabaseConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * A real Switchboard on a free loopback port and a data directory of the test's choosing, with a
 * known main account, plus official twilio-java clients pointed at it.
 */
public final class RunningSwitchboard implements AutoCloseable {
    public final String accountSid;
    public final String authToken;
    private final Path dataDir;
    private Switchboard server;
    private CallConfig calls = CallConfig.defaults();
    private ClientConfig clients = ClientConfig.defaults().withHttpsPort(ClientConfig.TLS_OFF);
    private dev.switchboard.server.config.SipConfig sip = dev.switchboard.server.config.SipConfig.defaults();

    public RunningSwitchboard(Path dataDir) {
        this(dataDir, Sids.next(SidPrefix.ACCOUNT), Sids.secret());
    }

    public RunningSwitchboard(Path dataDir, String accountSid, String authToken) {
        this.dataDir = dataDir;
        this.accountSid = accountSid;
        this.authToken = authToken;
    }

    /** Runs calls on virtual time: idle waits take no wall time. */
    public RunningSwitchboard virtualClock() {
        calls = new CallConfig(CallConfig.ClockMode.VIRTUAL, calls.callsPerSecond(), calls.applicationConnectRate(),
                calls.maxLiveCalls());
        return this;
    }

    /** Refuses new calls with 20429 once this many are live ({@code --max-live-calls}). */
    public RunningSwitchboard maxLiveCalls(int max) {
        calls = new CallConfig(calls.clock(), calls.callsPerSecond(), calls.applicationConnectRate(), max);
        return this;
    }

    /** Serves HTTPS (and wss://…/signal) on a free port with the self-signed certificate. */
    public RunningSwitchboard tls() {
        clients = clients.withHttpsPort(0);
        return this;
    }

    public RunningSwitchboard clientReconnectGrace(java.time.Duration grace) {
        clients = clients.withReconnectGrace(grace);
        return this;
    }

    /** The {@code "\n"} heartbeat period of {@code /signal} (10 s by default). */
    public RunningSwitchboard heartbeat(java.time.Duration every) {
        clients = clients.withHeartbeat(every);
        return this;
    }

    /** Listens for SIP (UDP and TCP) on a free port, RTP on free ports; no SIP TLS. */
    public RunningSwitchboard sip() {
        sip = dev.switchboard.server.config.SipConfig.anyFreePort();
        return this;
    }

    /** As {@link #sip()}, with SIP over TLS on a free port too (the self-signed certificate). */
    public RunningSwitchboard sipWithTls() {
        sip = dev.switchboard.server.config.SipConfig.anyFreePort().withTlsPort(0);
        return this;
    }

    /** Sends calls to unowned numbers to this SIP gateway ({@code --pstn-gateway}), and takes INVITEs from it. */
    public RunningSwitchboard pstnGateway(String uri) {
        sip = sip.withPstnGateway(new dev.switchboard.server.config.SipConfig.Gateway(uri, Optional.empty(), Optional.empty()));
        return this;
    }

    public RunningSwitchboard callsPerSecond(double cps) {
        calls = new CallConfig(calls.clock(), cps, calls.applicationConnectRate(), calls.maxLiveCalls());
        return this;
    }

    public RunningSwitchboard start() {
        ServerConfig config = new ServerConfig(
                new HttpConfig("127.0.0.1", 0, "", HttpConfig.DEFAULT_MAX_REQUEST_BYTES),
                dataDir, DatabaseConfig.embeddedH2(dataDir),
                new BootstrapConfig(Optional.of(accountSid), Optional.of(authToken)), calls, clients, sip);
        server = new Switchboard(config, Clock.systemUTC()).start();
        return this;
    }

    public String baseUrl() { return "http://127.0.0.1:" + server.port(); }

    public int port() { return server.port(); }

    /** {@code ws://127.0.0.1:<port>} (the signalling route is {@code /signal} under it). */
    public String wsBase() { return "ws://127.0.0.1:" + server.port(); }

    public int httpsPort() { return server.httpsPort(); }

    /** The SIP UDP/TCP port, or -1 when SIP is off. */
    public int sipPort() { return server.sipPort(); }

    public Switchboard server() { return server; }

    /** An official client acting as the main account. */
    public TwilioRestClient client() { return client(accountSid, authToken); }

    /** An official client with any credentials (account SID + token, or API key SID + secret). */
    public TwilioRestClient client(String user, String password) {
        return client(user, password, accountSid);
    }

    public TwilioRestClient client(String user, String password, String accountSidForPaths) {
        return new TwilioRestClient.Builder(user, password).accountSid(accountSidForPaths)
                .httpClient(new LocalTwilioHttpClient(baseUrl())).build();
    }

    @Override
    public void close() {
        if (server != null) server.close();
        server = null;
    }
}
