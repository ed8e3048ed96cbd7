package dev.switchboard.media.sdp;

import java.util.Objects;

/**
 * A {@code c=} line (RFC 4566 §5.7): {@code IN IP4 192.0.2.10}. The address is kept as written (a multicast
 * {@code /ttl} suffix included). {@code 0.0.0.0} is the RFC 2543 way of putting a call on hold (RFC 3264 §8.4).
 */
public record Connection(String netType, String addressType, String address) {
  public Connection {
    Objects.requireNonNull(netType, "netType");
    Objects.requireNonNull(addressType, "addressType");
    Objects.requireNonNull(address, "address");
  }

  /** {@code IN IP4 address}, or {@code IN IP6 address} when the address contains a colon. */
  public static Connection of(String address) {
    return new Connection("IN", address.indexOf(':') >= 0 ? "IP6" : "IP4", address);
  }

  /** The host part, without a multicast {@code /ttl/count} suffix. */
  public String host() {
    int slash = address.indexOf('/');
    return slash < 0 ? address : address.substring(0, slash);
  }

  /** True for {@code 0.0.0.0} (and the IPv6 {@code ::}): "do not send me media" (RFC 3264 §8.4). */
  public boolean isHold() {
    String h = host();
    return h.equals("0.0.0.0") || h.equals("::");
  }

  String value() {
    return netType + " " + addressType + " " + address;
  }
}
