package dev.switchboard.server.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.call.Call;
import dev.switchboard.core.sandbox.SimulatedPhoneNetwork;
import dev.switchboard.core.time.CallClock;
import dev.switchboard.core.time.VirtualCallClock;
import dev.switchboard.server.api.ApiDispatcher;
import dev.switchboard.server.api.ApiRoutes;
import dev.switchboard.server.api.trunking.TrunkingRoutes;
import dev.switchboard.server.bins.ServeTwimlBinHandler;
import dev.switchboard.server.calls.CallEnvironment;
import dev.switchboard.server.calls.CallPlacer;
import dev.switchboard.server.calls.CallTimeline;
import dev.switchboard.server.calls.CpsGate;
import dev.switchboard.server.calls.LiveCalls;
import dev.switchboard.server.calls.PlatformNetwork;
import dev.switchboard.server.calls.UsagePricing;
import dev.switchboard.server.clients.AccessTokenVerifier;
import dev.switchboard.server.clients.ClientNetwork;
import dev.switchboard.server.clients.ClientOriginator;
import dev.switchboard.server.clients.DeviceRegistry;
import dev.switchboard.server.clients.SignalEndpoint;
import dev.switchboard.server.config.CallConfig;
import dev.switchboard.server.config.ClientConfig;
import dev.switchboard.server.http.TlsListener;
import java.util.Optional;
import dev.switchboard.server.config.HttpConfig;
import dev.switchboard.server.config.ServerConfig;
import dev.switchboard.server.db.Database;
import dev.switchboard.server.geo.LibPhoneNumberGeoLookup;
import dev.switchboard.server.http.HttpServer;
import dev.switchboard.server.sandbox.SandboxRoutes;
import dev.switchboard.server.time.SystemCallClock;
import dev.switchboard.server.webhook.HttpWebhookClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running platform: database, bootstrap account, call engine (clock, webhook client, simulated
 * phone network), REST API, sandbox admin API and the TwiML Bin URLs. {@link #start} blocks until the listener accepts
 * requests; {@link #close} stops everything in reverse order.
 */
public final class Switchboard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Switchboard.class);

    private final ServerConfig config;
    private final Clock clock;
    private Database database;
    private HttpServer http;
    private HttpWebhookClient webhooks;
    private CallClock callClock;
    private SimulatedPhoneNetwork network;
    private LiveCalls live;
    /** How long a shutdown waits for live calls to end (recorded, last status callbacks sent). */
    private static final java.time.Duration SHUTDOWN_PATIENCE = java.time.Duration.ofSeconds(10);
    private int port;
    private int httpsPort = -1;
    private DeviceRegistry devices;
    private SignalEndpoint signal;
    private dev.switchboard.server.sip.SipServer sip;
    private String publicUrl;
    private AccountBootstrap.Result bootstrap;
    private dev.switchboard.server.recordings.Recordings recordings;
    private dev.switchboard.server.recordings.RecordingCallbacks recordingCallbacks;

    public Switchboard(ServerConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public Switchboard start() {
        database = Database.open(config.database());
        try {
            bootstrap = new AccountBootstrap(database.stores().accounts(), clock).ensure(config.bootstrap());
            HttpConfig httpConfig = config.http().port() == 0 ? withFreePort(config.http()) : config.http();
            port = httpConfig.port();
            publicUrl = httpConfig.publicUrlFor(port);
            callClock = config.calls().clock() == CallConfig.ClockMode.VIRTUAL
                    ? new VirtualCallClock(clock.instant()) : new SystemCallClock(clock);
            webhooks = new HttpWebhookClient();
            live = new LiveCalls(config.calls().maxLiveCalls());
            var stores = database.stores();
            network = new SimulatedPhoneNetwork(callClock, publicUrl,
                    callSid -> stores.calls().findBySid(callSid).map(Call::accountSid).orElse(""));
            var placerRef = new java.util.concurrent.atomic.AtomicReference<CallPlacer>();
            var networkRef = new java.util.concurrent.atomic.AtomicReference<dev.switchboard.core.call.PhoneNetwork>();
            devices = new DeviceRegistry();
            var reachable = new dev.switchboard.server.sip.SipNetwork(new ClientNetwork(
                    new PlatformNetwork(new dev.switchboard.server.sip.GatewayNetwork(network, config.sip().pstnGateway(),
                            () -> Optional.ofNullable(sip)), stores.phoneNumbers(), callClock, placerRef::get,
                            new dev.switchboard.server.sip.TrunkOrigination(stores.sip(), networkRef::get, callClock)),
                            devices, callClock),
                    () -> Optional.ofNullable(sip));
            networkRef.set(reachable);
            CallEnvironment env = new CallEnvironment(stores, webhooks, new LibPhoneNumberGeoLookup(), reachable,
                    callClock, live, new CallTimeline(stores.timelines(), callClock), () -> publicUrl,
                    new UsagePricing(stores.calls(), stores.usage(), config.calls().applicationConnectRate()),
                    new dev.switchboard.server.conferences.ConferenceRooms(stores, webhooks, callClock));
            new dev.switchboard.server.calls.CallCloseOut(env).run(); // calls a killed process left live
            CallPlacer placer = new CallPlacer(env, new CpsGate(callClock, config.calls().callsPerSecond()));
            placerRef.set(placer);
            recordingCallbacks = new dev.switchboard.server.recordings.RecordingCallbacks(webhooks, stores.accounts(), () -> publicUrl);
            recordings = new dev.switchboard.server.recordings.Recordings(stores.recordings(), stores.calls(),
                    new dev.switchboard.server.recordings.RecordingFiles(config.recordings().dir()),
                    new dev.switchboard.server.recordings.NoAudioCallRecorder(), recordingCallbacks, clock);
            ObjectMapper json = new ObjectMapper();
            ApiDispatcher api = new ApiDispatcher(ApiRoutes.all(stores, clock, placer, live, publicUrl, this::platformNow,
                    env.conferences(), config.sip(), recordings), stores, json);
            ApiDispatcher trunking = new ApiDispatcher(TrunkingRoutes.PREFIX,
                    TrunkingRoutes.all(stores, clock, publicUrl, config.sip().pstnSuffix()), stores, json);
            ApiDispatcher sandbox = new ApiDispatcher(SandboxRoutes.PREFIX, SandboxRoutes.all(network, placer, stores, callClock, clock), stores, json);
            ServeTwimlBinHandler bins = new ServeTwimlBinHandler(stores.twimlBins(), stores.accounts(), publicUrl);
            ClientConfig cc = config.clients();
            signal = new SignalEndpoint(new AccessTokenVerifier(stores.apiKeys(), stores.accounts()), devices,
                    new ClientOriginator(stores, placerRef::get), clock, cc.heartbeat(), cc.silenceLimit(), cc.reconnectGrace());
            Optional<TlsListener> tls = cc.httpsPort() == ClientConfig.TLS_OFF ? Optional.empty()
                    : Optional.of(new TlsListener(cc.httpsPort(),
                            cc.tlsKeystore().orElseGet(() -> TlsListener.selfSigned(config.dataDir(), cc.tlsPassword())),
                            cc.tlsPassword()));
            http = new HttpServer(httpConfig, List.of(api, trunking, sandbox), routes -> {
                routes.get(ServeTwimlBinHandler.PATH, bins);
                routes.post(ServeTwimlBinHandler.PATH, bins);
                signal.addTo(routes);
            }, tls);
            port = http.start();
            if (config.sip().enabled()) {
                var keystore = config.sip().tlsEnabled()
                        ? Optional.of(new dev.switchboard.server.sip.SipEndpoint.Keystore(
                                cc.tlsKeystore().orElseGet(() -> TlsListener.selfSigned(config.dataDir(), cc.tlsPassword())),
                                cc.tlsPassword()))
                        : Optional.<dev.switchboard.server.sip.SipEndpoint.Keystore>empty();
                sip = dev.switchboard.server.sip.SipServer.start(config.sip(), httpConfig.bind(), keystore, stores,
                        placerRef::get, bootstrap.account().authToken(), callClock);
            }
            httpsPort = http.tlsPort().orElse(-1);
            if (httpsPort > 0) LOG.info("Voice SDK signalling at wss://{}:{}/signal (chunderw '{}:{}')", httpConfig.bind(), httpsPort,
                    httpConfig.bind(), httpsPort);
            LOG.info("Switchboard listening on {}:{} (public URL {}, {} clock)", httpConfig.bind(), port, publicUrl,
                    config.calls().clock().name().toLowerCase(java.util.Locale.ROOT));
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private static HttpConfig withFreePort(HttpConfig c) {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(c.bind()))) {
            return new HttpConfig(c.bind(), s.getLocalPort(), c.publicUrl(), c.maxRequestBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The later of wall time and the call clock, so usage a virtual clock stamped ahead still counts as today. */
    private java.time.Instant platformNow() {
        java.time.Instant wall = clock.instant();
        java.time.Instant calls = callClock.now();
        return calls.isAfter(wall) ? calls : wall;
    }

    public int port() { return port; }

    /** The bound HTTPS port ({@code wss://…/signal}), or -1 when TLS is off. */
    public int httpsPort() { return httpsPort; }

    public DeviceRegistry devices() { return devices; }

    /** The SIP UDP/TCP port, or -1 when SIP is off. */
    public int sipPort() { return sip == null ? -1 : sip.port(); }

    /** The SIP TLS port, or -1. */
    public int sipTlsPort() { return sip == null ? -1 : sip.tlsPort(); }

    public Optional<dev.switchboard.server.sip.SipServer> sip() { return Optional.ofNullable(sip); }

    public String publicUrl() { return publicUrl; }

    public AccountBootstrap.Result bootstrap() { return bootstrap; }

    public Database database() { return database; }

    public CallClock callClock() { return callClock; }

    public SimulatedPhoneNetwork network() { return network; }

    public LiveCalls liveCalls() { return live; }

    /** The recordings' internal API (save finished audio, drive live recordings). */
    public dev.switchboard.server.recordings.Recordings recordings() { return recordings; }

    @Override
    public void close() {
        if (http != null) http.close();
        if (live != null && (live.size() > 0 || live.pendingCallbacks() > 0)) { // end live calls while the database and webhooks still work
            int running = live.size();
            if (!live.endAll(SHUTDOWN_PATIENCE)) {
                LOG.warn("{} of {} live calls had not ended {} s after shutdown began", live.size(), running,
                        SHUTDOWN_PATIENCE.toSeconds());
            }
        }
        if (signal != null) signal.close();
        signal = null;
        if (sip != null) sip.close(); // after the live calls: their BYEs go out through it
        sip = null;
        if (recordingCallbacks != null) recordingCallbacks.close();
        recordingCallbacks = null;
        if (webhooks != null) webhooks.close();
        if (database != null) database.close();
        http = null;
        webhooks = null;
        database = null;
    }
}
