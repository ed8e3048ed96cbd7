package dev.switchboard.sip.transaction;

import java.time.Duration;

/**
 * T1, T2 and T4 (RFC 3261 §17.1.1.1, Table 4: 500 ms, 4 s, 5 s) and the timers derived from them. On a
 * reliable transport the wait timers D, I, J and K are zero (§17.1.1.2, §17.1.2.2, §17.2.1, §17.2.2).
 */
public record TimerValues(Duration t1, Duration t2, Duration t4) {
  public static final TimerValues RFC3261 =
      new TimerValues(Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofSeconds(5));

  /** 64*T1: Timers B, F, H, J (unreliable), L and M. */
  public Duration sixtyFourT1() { return t1.multipliedBy(64); }

  /** The first interval of a timer. */
  public Duration initial(TimerName timer, boolean reliable) {
    return switch (timer) {
      case A, E, G -> t1;
      case B, F, H, L, M -> sixtyFourT1();
      case D -> reliable ? Duration.ZERO : max(Duration.ofSeconds(32), sixtyFourT1().dividedBy(2));
      case I, K -> reliable ? Duration.ZERO : t4;
      case J -> reliable ? Duration.ZERO : sixtyFourT1();
    };
  }

  /** The next retransmission interval: A doubles without bound, E and G double up to T2 (§17.1.2.2, §17.2.1). */
  public Duration next(TimerName timer, Duration current) {
    Duration doubled = current.multipliedBy(2);
    return timer == TimerName.A ? doubled : min(doubled, t2);
  }

  private static Duration max(Duration a, Duration b) { return a.compareTo(b) >= 0 ? a : b; }

  private static Duration min(Duration a, Duration b) { return a.compareTo(b) <= 0 ? a : b; }
}
