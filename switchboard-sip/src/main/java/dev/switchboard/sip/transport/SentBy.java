package dev.switchboard.sip.transport;

import java.net.Inet6Address;
import java.net.InetSocketAddress;

/** The "host:port" a transport writes in Via and Contact (IPv6 in brackets, RFC 3261 §25.1). */
final class SentBy {
  private SentBy() {}

  static String of(TransportConfig config, InetSocketAddress bound) {
    String host = config.advertisedHost().orElseGet(() -> {
      String ip = bound.getAddress().getHostAddress();
      return bound.getAddress() instanceof Inet6Address ? "[" + ip.replaceFirst("%.*$", "") + "]" : ip;
    });
    return host + ":" + bound.getPort();
  }
}
