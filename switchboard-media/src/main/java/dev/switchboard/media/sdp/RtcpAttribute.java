package dev.switchboard.media.sdp;

import java.util.Optional;

/** {@code a=rtcp:<port> [<nettype> <addrtype> <address>]} (RFC 3605): where the peer wants RTCP. */
public record RtcpAttribute(int port, Optional<Connection> connection) {
  static Optional<RtcpAttribute> parse(String value) {
    String[] f = value.trim().split(" +");
    if (f.length != 1 && f.length != 4) {
      return Optional.empty();
    }
    var port = Numbers.nonNegative(f[0]);
    if (port.isEmpty() || port.getAsInt() > 65535) {
      return Optional.empty();
    }
    Optional<Connection> c = f.length == 4 ? Optional.of(new Connection(f[1], f[2], f[3])) : Optional.empty();
    return Optional.of(new RtcpAttribute(port.getAsInt(), c));
  }
}
