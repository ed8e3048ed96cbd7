package dev.switchboard.sip.transport;

import java.util.Locale;

/** The transports the stack speaks, with the RFC 3261 §18 reliability that decides which timers run. */
public enum TransportKind {
  UDP(false, 5060), TCP(true, 5060), TLS(true, 5061);

  private final boolean reliable;
  private final int defaultPort;

  TransportKind(boolean reliable, int defaultPort) {
    this.reliable = reliable;
    this.defaultPort = defaultPort;
  }

  /** True for streams: no retransmissions, zero-length wait timers (§17.1.1.2, §17.2.1). */
  public boolean reliable() { return reliable; }

  public int defaultPort() { return defaultPort; }

  /** The Via token ("UDP") or URI {@code transport=} value ("udp"), case-insensitive. */
  public static TransportKind parse(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
