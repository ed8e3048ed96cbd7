package dev.switchboard.sip.transport;

import java.net.InetSocketAddress;

/** The far end of one hop: a transport and a socket address (for streams, the connection's remote address). */
public record Peer(TransportKind transport, InetSocketAddress address) {
  public static Peer of(TransportKind transport, String host, int port) {
    return new Peer(transport, new InetSocketAddress(host, port));
  }

  /** The IP address as text, without a leading slash or host name. */
  public String ip() {
    return address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
  }

  public int port() { return address.getPort(); }

  @Override public String toString() { return transport + ":" + ip() + ":" + port(); }
}
