package dev.switchboard.server.sip;

import dev.switchboard.server.config.SipConfig;
import dev.switchboard.sip.dialog.DialogConfig;
import dev.switchboard.sip.dialog.DialogLayer;
import dev.switchboard.sip.dialog.SipApplication;
import dev.switchboard.sip.message.SipUri;
import dev.switchboard.sip.time.ExecutorSipScheduler;
import dev.switchboard.sip.transaction.TimerValues;
import dev.switchboard.sip.transaction.TransactionContext;
import dev.switchboard.sip.transaction.TransactionLayer;
import dev.switchboard.sip.transport.InboundHandler;
import dev.switchboard.sip.transport.SipTransport;
import dev.switchboard.sip.transport.SipTransports;
import dev.switchboard.sip.transport.TcpSipTransport;
import dev.switchboard.sip.transport.TlsSipTransport;
import dev.switchboard.sip.transport.TransportConfig;
import dev.switchboard.sip.transport.UdpSipTransport;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import dev.switchboard.sip.time.SipScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SIP listener: UDP and TCP on {@code --sip-port} (the same number for both; {@code 0} picks one free for
 * both), TLS on {@code --sip-tls-port} with the HTTPS keystore, all bound to {@code --bind}, under one
 * transaction layer and one dialog layer. The application (the B2BUA) is made from the dialog layer, since it
 * sends through it. Via and Contact carry the {@link AdvertisedAddress}, so a wildcard bind still writes an
 * address peers can reach.
 */
public final class SipEndpoint implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SipEndpoint.class);
    private static final int PORT_ATTEMPTS = 20;

    private final ExecutorSipScheduler scheduler;
    private final SipTransports transports;
    private final DialogLayer dialogs;
    private final TransactionLayer transactions;
    private final int port;
    private final int tlsPort;
    private final String advertisedHost;

    private SipEndpoint(ExecutorSipScheduler scheduler, SipTransports transports, DialogLayer dialogs,
            TransactionLayer transactions, int port, int tlsPort, String advertisedHost) {
        this.scheduler = scheduler;
        this.transports = transports;
        this.dialogs = dialogs;
        this.transactions = transactions;
        this.port = port;
        this.tlsPort = tlsPort;
        this.advertisedHost = advertisedHost;
    }

    /**
     * Binds the transports and starts serving. {@code keystore}: the PKCS12 file and password for TLS (used only
     * when TLS is on). {@code application} gets the dialog layer it will answer through.
     */
    public static SipEndpoint start(SipConfig config, String bind, Optional<Keystore> keystore,
            BiFunction<DialogLayer, SipScheduler, SipApplication> application) {
        InetAddress bindAddress;
        try {
            bindAddress = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind is not an address: " + bind, e);
        }
        String advertised = AdvertisedAddress.pick(bindAddress);
        AtomicReference<TransactionLayer> layer = new AtomicReference<>();
        InboundHandler inbound = (message, source) -> {
            TransactionLayer l = layer.get();
            if (l != null) l.receive(message, source);
        };
        ExecutorSipScheduler scheduler = new ExecutorSipScheduler();
        List<SipTransport> opened = new ArrayList<>();
        try {
            int bound = openUdpAndTcp(bindAddress, config.port(), advertised, inbound, opened);
            int tls = -1;
            if (config.tlsEnabled()) {
                Keystore ks = keystore.orElseThrow(() -> new IllegalStateException("SIP over TLS needs a keystore"));
                char[] password = ks.password().toCharArray();
                var context = TlsSipTransport.context(TlsSipTransport.loadPkcs12(ks.path(), password), password, null);
                TlsSipTransport t = TlsSipTransport.open(config(bindAddress, config.tlsPort(), advertised), context, inbound);
                opened.add(t);
                tls = t.localAddress().getPort();
            }
            SipTransports transports = new SipTransports(opened);
            SipUri contact = SipUri.sip("switchboard", advertised, bound);
            var app = new AtomicReference<SipApplication>();
            DialogLayer dialogs = new DialogLayer(DialogConfig.defaults(contact), scheduler, new DeferredApplication(app));
            TransactionLayer transactions = new TransactionLayer(
                    new TransactionContext(transports, scheduler, TimerValues.RFC3261), dialogs);
            dialogs.attach(transactions);
            app.set(application.apply(dialogs, scheduler));
            layer.set(transactions);
            LOG.info("SIP listening on {}:{} (UDP, TCP){}; Contact {}", bind, bound,
                    tls > 0 ? ", " + bind + ":" + tls + " (TLS)" : "", contact);
            return new SipEndpoint(scheduler, transports, dialogs, transactions, bound, tls, advertised);
        } catch (RuntimeException e) {
            opened.forEach(SipTransport::close);
            scheduler.close();
            throw e;
        }
    }

    /** UDP first (port 0: a free one), then TCP on the same number; with port 0, retried until both fit. */
    private static int openUdpAndTcp(InetAddress bind, int port, String advertised, InboundHandler inbound,
            List<SipTransport> opened) {
        for (int attempt = 0; ; attempt++) {
            UdpSipTransport udp = UdpSipTransport.open(config(bind, port, advertised), inbound);
            int bound = udp.localAddress().getPort();
            try {
                TcpSipTransport tcp = TcpSipTransport.open(config(bind, bound, advertised), inbound);
                opened.add(udp);
                opened.add(tcp);
                return bound;
            } catch (UncheckedIOException e) {
                udp.close();
                if (port != 0 || attempt >= PORT_ATTEMPTS) throw e;
            }
        }
    }

    private static TransportConfig config(InetAddress bind, int port, String advertised) {
        return new TransportConfig(bind, port, TransportConfig.DEFAULT_MAX_MESSAGE_SIZE, Optional.of(advertised));
    }

    public DialogLayer dialogs() { return dialogs; }

    public TransactionLayer transactions() { return transactions; }

    public ExecutorSipScheduler scheduler() { return scheduler; }

    /** The UDP/TCP port. */
    public int port() { return port; }

    /** The TLS port, or -1. */
    public int tlsPort() { return tlsPort; }

    /** The host written in Via and Contact. */
    public String advertisedHost() { return advertisedHost; }

    @Override
    public void close() {
        transports.close();
        scheduler.close();
    }

    /** A PKCS12 keystore file and its password. */
    public record Keystore(Path path, String password) {}

    /** Forwards to the application once it exists (the dialog layer is made before it). */
    private record DeferredApplication(AtomicReference<SipApplication> app) implements SipApplication {
        @Override public void onInvite(dev.switchboard.sip.dialog.IncomingInvite invite) { app.get().onInvite(invite); }

        @Override public void onCancelled(dev.switchboard.sip.dialog.IncomingInvite invite) { app.get().onCancelled(invite); }

        @Override public void onConfirmed(dev.switchboard.sip.dialog.Dialog dialog) { app.get().onConfirmed(dialog); }

        @Override public void onBye(dev.switchboard.sip.dialog.Dialog dialog) { app.get().onBye(dialog); }

        @Override public Optional<dev.switchboard.sip.message.Body> answerReinvite(dev.switchboard.sip.dialog.Dialog dialog,
                dev.switchboard.sip.message.SipRequest r) {
            return app.get().answerReinvite(dialog, r);
        }

        @Override public void onReinvite(dev.switchboard.sip.dialog.Dialog dialog, dev.switchboard.sip.message.SipRequest r) {
            app.get().onReinvite(dialog, r);
        }

        @Override public void onInfo(dev.switchboard.sip.dialog.Dialog dialog, dev.switchboard.sip.message.SipRequest info) {
            app.get().onInfo(dialog, info);
        }

        @Override public void onEnded(dev.switchboard.sip.dialog.Dialog dialog, String reason) { app.get().onEnded(dialog, reason); }
    }
}
