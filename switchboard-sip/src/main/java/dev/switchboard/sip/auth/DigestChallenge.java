package dev.switchboard.sip.auth;

import dev.switchboard.sip.message.SipParseException;
import java.util.Optional;

/**
 * A WWW-Authenticate / Proxy-Authenticate digest challenge (RFC 3261 §22.4, §25.1; RFC 2617 §3.2.1).
 * {@code qop} is the offered list as sent ("auth" or "auth,auth-int"; empty for an RFC 2069 challenge).
 */
public record DigestChallenge(String realm, String nonce, String opaque, DigestAlgorithm algorithm, String qop,
    boolean stale) {

  /** Parses one challenge; empty when it is not Digest or uses an algorithm we do not support. */
  public static Optional<DigestChallenge> parse(String header) {
    AuthParams p = AuthParams.parse(header);
    if (!p.scheme().equalsIgnoreCase("Digest")) {
      return Optional.empty();
    }
    Optional<DigestAlgorithm> algorithm = DigestAlgorithm.of(p.get("algorithm"));
    if (algorithm.isEmpty()) {
      return Optional.empty();
    }
    String realm = p.get("realm").orElseThrow(() -> new SipParseException("challenge without realm", 0));
    String nonce = p.get("nonce").orElseThrow(() -> new SipParseException("challenge without nonce", 0));
    return Optional.of(new DigestChallenge(realm, nonce, p.get("opaque").orElse(""), algorithm.get(),
        p.get("qop").orElse(""), p.get("stale").map(s -> s.equalsIgnoreCase("true")).orElse(false)));
  }

  /** True when qop=auth is offered (the only qop we answer with). */
  public boolean offersAuth() {
    for (String option : qop.split(",")) {
      if (option.trim().equalsIgnoreCase("auth")) {
        return true;
      }
    }
    return false;
  }

  @Override public String toString() {
    StringBuilder sb = new StringBuilder("Digest realm=").append(AuthParams.quote(realm))
        .append(", nonce=").append(AuthParams.quote(nonce));
    if (!opaque.isEmpty()) {
      sb.append(", opaque=").append(AuthParams.quote(opaque));
    }
    sb.append(", algorithm=").append(algorithm.token());
    if (!qop.isEmpty()) {
      sb.append(", qop=").append(AuthParams.quote(qop));
    }
    if (stale) {
      sb.append(", stale=TRUE");
    }
    return sb.toString();
  }
}
