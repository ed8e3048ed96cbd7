package dev.switchboard.sip.transaction;

/**
 * The transaction timers of RFC 3261 §17 (Table 4) and RFC 6026 §8 (L, M). Timer C belongs to proxies and is
 * not used by a UA.
 */
public enum TimerName {
  /** INVITE request retransmit (unreliable). */ A,
  /** INVITE transaction timeout. */ B,
  /** Wait for response retransmissions after a non-2xx to INVITE. */ D,
  /** Non-INVITE request retransmit (unreliable). */ E,
  /** Non-INVITE transaction timeout. */ F,
  /** INVITE final response retransmit (unreliable). */ G,
  /** Wait for ACK. */ H,
  /** Wait for ACK retransmissions. */ I,
  /** Wait for non-INVITE request retransmissions. */ J,
  /** Wait for non-INVITE response retransmissions. */ K,
  /** RFC 6026: wait for INVITE retransmissions and ACKs after a 2xx (server). */ L,
  /** RFC 6026: wait for 2xx retransmissions (client). */ M;

  /** True for the retransmission timers, which run only on unreliable transports. */
  public boolean retransmits() { return this == A || this == E || this == G; }

  Event event() {
    return Event.valueOf("TIMER_" + name());
  }
}
