package dev.switchboard.sip.registrar;

import dev.switchboard.sip.transport.Peer;
import java.time.Instant;

/**
 * One registered contact of an address of record (RFC 3261 §10.3): {@code domainKey} (the policy's opaque key for
 * the domain) and {@code user} (the AoR's user part) name the AoR; {@code contact} is the Contact URI as text;
 * {@code callId}/{@code cseq} of the REGISTER that set it (§10.3 step 7); {@code source} is where the REGISTER
 * came from, the address to send calls to (a phone behind NAT is reached at its source, not at its Contact);
 * {@code userAgent} is its User-Agent header or empty.
 */
public record Binding(String domainKey, String user, String contact, Instant expiresAt, String callId, long cseq,
    Peer source, String userAgent) {

  /** Whole seconds left at {@code now} (0 once expired). */
  public long secondsLeft(Instant now) {
    long millis = expiresAt.toEpochMilli() - now.toEpochMilli();
    return millis <= 0 ? 0 : (millis + 999) / 1000;
  }

  public boolean expired(Instant now) {
    return !expiresAt.isAfter(now);
  }
}
