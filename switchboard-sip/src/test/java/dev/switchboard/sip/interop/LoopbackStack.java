package dev.switchboard.sip.interop;

import dev.switchboard.sip.dialog.DialogConfig;
import dev.switchboard.sip.dialog.DialogLayer;
import dev.switchboard.sip.dialog.SipApplication;
import dev.switchboard.sip.message.SipUri;
import dev.switchboard.sip.time.ExecutorSipScheduler;
import dev.switchboard.sip.transaction.TimerValues;
import dev.switchboard.sip.transaction.TransactionContext;
import dev.switchboard.sip.transaction.TransactionLayer;
import dev.switchboard.sip.transport.Peer;
import dev.switchboard.sip.transport.SipTransports;
import dev.switchboard.sip.transport.TcpSipTransport;
import dev.switchboard.sip.transport.TlsSipTransport;
import dev.switchboard.sip.transport.TransportConfig;
import dev.switchboard.sip.transport.TransportKind;
import dev.switchboard.sip.transport.UdpSipTransport;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;

/** A whole user agent made of our layers on loopback (UDP, TCP and optionally TLS on free ports), as the server will build one. */
final class LoopbackStack implements AutoCloseable {
  final ExecutorSipScheduler scheduler = new ExecutorSipScheduler();
  final UdpSipTransport udp;
  final TcpSipTransport tcp;
  final TlsSipTransport tls;
  final SipTransports transports;
  final TransactionLayer transactions;
  final DialogLayer dialogs;

  LoopbackStack(String user, TransportKind contactTransport, SipApplication app) {
    this(user, contactTransport, app, null);
  }

  /** With {@code tlsContext}, a TLS transport too (its certificate must be trusted by the other stack's context). */
  LoopbackStack(String user, TransportKind contactTransport, SipApplication app, SSLContext tlsContext) {
    AtomicReference<TransactionLayer> layer = new AtomicReference<>();
    TransportConfig loopback = TransportConfig.of(InetAddress.getLoopbackAddress(), 0);
    udp = UdpSipTransport.open(loopback, (m, source) -> layer.get().receive(m, source));
    tcp = TcpSipTransport.open(loopback, (m, source) -> layer.get().receive(m, source));
    tls = tlsContext == null ? null
        : TlsSipTransport.open(loopback, tlsContext, (m, source) -> layer.get().receive(m, source));
    transports = new SipTransports(tls == null ? List.of(udp, tcp) : List.of(udp, tcp, tls));
    String contact = "sip:" + user + "@" + transports.sentBy(contactTransport)
        + (contactTransport == TransportKind.UDP ? "" : ";transport=" + contactTransport.name().toLowerCase());
    dialogs = new DialogLayer(DialogConfig.defaults(SipUri.parse(contact)), scheduler, app);
    layer.set(new TransactionLayer(new TransactionContext(transports, scheduler, TimerValues.RFC3261), dialogs));
    transactions = layer.get();
    dialogs.attach(transactions);
  }

  /** Where to reach this stack over {@code kind}. */
  Peer peer(TransportKind kind) {
    return new Peer(kind, transports.transport(kind).localAddress());
  }

  /** Our address as a URI host:port for {@code kind}. */
  String hostPort(TransportKind kind) {
    return transports.sentBy(kind);
  }

  @Override public void close() {
    transports.close();
    scheduler.close();
  }
}
