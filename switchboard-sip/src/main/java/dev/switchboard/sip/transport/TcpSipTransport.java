package dev.switchboard.sip.transport;

import javax.net.ServerSocketFactory;
import javax.net.SocketFactory;

/** SIP over TCP: a {@link StreamSipTransport} on plain sockets. */
public final class TcpSipTransport extends StreamSipTransport {
  private TcpSipTransport(TransportConfig config, InboundHandler handler) {
    super(TransportKind.TCP, config, ServerSocketFactory.getDefault(), SocketFactory.getDefault(), handler);
  }

  /** Binds and starts accepting. */
  public static TcpSipTransport open(TransportConfig config, InboundHandler handler) {
    return new TcpSipTransport(config, handler);
  }
}
