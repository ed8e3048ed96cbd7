package dev.switchboard.sip.dialog;

import dev.switchboard.sip.message.SipUri;
import dev.switchboard.sip.transaction.TimerValues;
import java.util.Set;

/**
 * Options of the dialog layer. {@code contact}: our Contact URI (the advertised address, so Record-Route and
 * Contact are right behind a wildcard bind). {@code supported}: option tags we implement (Require checks, §8.2.2.3).
 * {@code minSessionExpires}: our Min-SE (RFC 4028 §5: at least 90 s). {@code sessionExpires}: the interval we
 * use when the caller supports timers but names none (RFC 4028 §4 recommends 1800 s).
 */
public record DialogConfig(SipUri contact, Set<String> supported, int minSessionExpires, int sessionExpires,
    TimerValues timers, String userAgent) {
  public static final Set<String> SUPPORTED = Set.of("timer");
  public static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, UPDATE";

  public static DialogConfig defaults(SipUri contact) {
    return new DialogConfig(contact, SUPPORTED, 90, 1800, TimerValues.RFC3261, "Switchboard");
  }

  public DialogConfig {
    if (minSessionExpires < 90) {
      throw new IllegalArgumentException("Min-SE below RFC 4028's 90 s floor");
    }
    supported = Set.copyOf(supported);
  }
}
