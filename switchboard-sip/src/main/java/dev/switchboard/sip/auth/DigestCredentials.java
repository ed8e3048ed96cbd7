package dev.switchboard.sip.auth;

import dev.switchboard.sip.message.SipParseException;
import java.util.Optional;

/**
 * An Authorization / Proxy-Authorization digest answer (RFC 3261 §22.4, RFC 2617 §3.2.2). {@code qop},
 * {@code nc} and {@code cnonce} are empty for an RFC 2069-style answer.
 */
public record DigestCredentials(String username, String realm, String nonce, String uri, String response,
    DigestAlgorithm algorithm, String opaque, String qop, String nc, String cnonce) {

  /** Parses one credentials header; empty when it is not Digest or names an unknown algorithm. */
  public static Optional<DigestCredentials> parse(String header) {
    AuthParams p = AuthParams.parse(header);
    if (!p.scheme().equalsIgnoreCase("Digest")) {
      return Optional.empty();
    }
    Optional<DigestAlgorithm> algorithm = DigestAlgorithm.of(p.get("algorithm"));
    if (algorithm.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new DigestCredentials(need(p, "username"), need(p, "realm"), need(p, "nonce"),
        need(p, "uri"), need(p, "response"), algorithm.get(), p.get("opaque").orElse(""), p.get("qop").orElse(""),
        p.get("nc").orElse(""), p.get("cnonce").orElse("")));
  }

  private static String need(AuthParams p, String name) {
    return p.get(name).orElseThrow(() -> new SipParseException("credentials without " + name, 0));
  }

  @Override public String toString() {
    StringBuilder sb = new StringBuilder("Digest username=").append(AuthParams.quote(username))
        .append(", realm=").append(AuthParams.quote(realm))
        .append(", nonce=").append(AuthParams.quote(nonce))
        .append(", uri=").append(AuthParams.quote(uri))
        .append(", response=").append(AuthParams.quote(response))
        .append(", algorithm=").append(algorithm.token());
    if (!opaque.isEmpty()) {
      sb.append(", opaque=").append(AuthParams.quote(opaque));
    }
    if (!qop.isEmpty()) {
      sb.append(", qop=").append(qop).append(", nc=").append(nc).append(", cnonce=").append(AuthParams.quote(cnonce));
    }
    return sb.toString();
  }
}
