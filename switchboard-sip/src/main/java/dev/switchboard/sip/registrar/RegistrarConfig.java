package dev.switchboard.sip.registrar;

import dev.switchboard.sip.auth.DigestAlgorithm;
import java.time.Duration;
import java.util.List;

/**
 * Options of the {@link Registrar}. {@code minExpires}: a shorter non-zero expiry gets 423 with Min-Expires
 * (Twilio: 600 s). {@code maxExpires}: a longer one is cut to this in the 200 (Twilio: 3600 s).
 * {@code defaultExpires}: when neither the Contact nor an Expires header names one (RFC 3261 §10.2.1.1 leaves it
 * to the registrar; 3600 s). {@code maxBindings}: bindings per AoR, the next one is refused with 403 (Twilio: 10).
 * {@code nonceLifetime}, {@code nonceSecret}, {@code algorithms}: for the digest challenges
 * ({@link dev.switchboard.sip.auth.DigestServer}; the secret must be the same on every node).
 */
public record RegistrarConfig(int minExpires, int maxExpires, int defaultExpires, int maxBindings,
    Duration nonceLifetime, byte[] nonceSecret, List<DigestAlgorithm> algorithms) {

  public RegistrarConfig {
    if (minExpires < 1 || maxExpires < minExpires || defaultExpires < minExpires || defaultExpires > maxExpires
        || maxBindings < 1) {
      throw new IllegalArgumentException("inconsistent registrar limits");
    }
    nonceSecret = nonceSecret.clone();
    algorithms = List.copyOf(algorithms);
  }

  /**
   * Twilio's limits (spec §1.7): 600–3600 s, 10 bindings per AoR; an MD5 challenge only, 5-minute nonces. Only MD5,
   * as Twilio challenges and as our INVITE challenges: a phone on libre (baresip 1.0, Debian bookworm) gives up on a
   * 401 that also carries an {@code algorithm=SHA-256} challenge ("Register: Function not implemented") instead of
   * answering the MD5 one.
   */
  public static RegistrarConfig twilio(byte[] nonceSecret) {
    return new RegistrarConfig(600, 3600, 3600, 10, Duration.ofMinutes(5), nonceSecret,
        List.of(DigestAlgorithm.MD5));
  }

  @Override public byte[] nonceSecret() { return nonceSecret.clone(); }
}
