package dev.switchboard.sip.transport;

import java.net.InetAddress;
import java.util.Optional;

/**
 * How to open one transport. {@code port} 0 picks a free port (the transport reports the bound one);
 * {@code maxMessageSize} bounds a datagram and a framed stream message (RFC 3261 §18.1.1 leaves the limit to
 * the implementation; 65,535 fits any UDP datagram); {@code advertisedHost} is the host written in Via and
 * Contact when the bind address is not what peers should use (a wildcard bind, NAT), else the bind address.
 */
public record TransportConfig(InetAddress bindAddress, int port, int maxMessageSize, Optional<String> advertisedHost) {
  public static final int DEFAULT_MAX_MESSAGE_SIZE = 65_535;

  public static TransportConfig of(InetAddress bindAddress, int port) {
    return new TransportConfig(bindAddress, port, DEFAULT_MAX_MESSAGE_SIZE, Optional.empty());
  }

  public TransportConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }
}
