package dev.switchboard.sip.transport;

import dev.switchboard.sip.message.SipUri;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where a request for a SIP URI goes (a small part of RFC 3263): the transport from {@code ;transport=}
 * ({@code udp}, {@code tcp}, {@code tls}), else TLS for {@code sips:}, else UDP (Twilio's default, spec §2.1); the
 * port from the URI, else 5060 (5061 for TLS); the host's address from A/AAAA records through
 * {@link InetAddress} (an IPv4 address preferred when both exist). No NAPTR or SRV lookups: Twilio resolves A
 * records only (spec §2.1). {@code maddr} is ignored. Blocks for the lookup (the system resolver's timeout).
 */
public final class SipTargets {
  private SipTargets() {}

  /** The peer for {@code uri}; throws {@link SipTransportException} for an unknown host or unsupported transport. */
  public static Peer resolve(SipUri uri) {
    if (!uri.scheme().equals("sip") && !uri.scheme().equals("sips")) {
      throw new SipTransportException("cannot route a " + uri.scheme() + ": URI");
    }
    TransportKind kind = transport(uri);
    String host = uri.host();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    InetAddress address;
    try {
      InetAddress[] all = InetAddress.getAllByName(host);
      address = all[0];
      for (InetAddress a : all) {
        if (a instanceof Inet4Address) {
          address = a;
          break;
        }
      }
    } catch (UnknownHostException e) {
      throw new SipTransportException("cannot resolve " + host, e);
    }
    int port = uri.port() >= 0 ? uri.port() : kind.defaultPort();
    return new Peer(kind, new InetSocketAddress(address, port));
  }

  /** The transport a URI asks for. */
  public static TransportKind transport(SipUri uri) {
    String param = uri.transport().orElse("").toLowerCase(Locale.ROOT);
    return switch (param) {
      case "" -> uri.scheme().equals("sips") ? TransportKind.TLS : TransportKind.UDP;
      case "udp" -> TransportKind.UDP;
      case "tcp" -> uri.scheme().equals("sips") ? TransportKind.TLS : TransportKind.TCP;
      case "tls" -> TransportKind.TLS;
      default -> throw new SipTransportException("unsupported transport " + param);
    };
  }
}
