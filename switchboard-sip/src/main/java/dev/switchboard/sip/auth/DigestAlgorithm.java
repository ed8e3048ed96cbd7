package dev.switchboard.sip.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** The digest algorithms: MD5 (RFC 2617, the default when absent) and SHA-256 (RFC 8760 §2.1). */
public enum DigestAlgorithm {
  MD5("MD5", "MD5"), SHA_256("SHA-256", "SHA-256");

  private final String token;
  private final String jca;

  DigestAlgorithm(String token, String jca) {
    this.token = token;
    this.jca = jca;
  }

  /** The value of the {@code algorithm} parameter. */
  public String token() { return token; }

  /** The algorithm for a parameter value (case-insensitive); absent means MD5 (RFC 2617 §3.2.1). */
  public static Optional<DigestAlgorithm> of(Optional<String> token) {
    if (token.isEmpty()) {
      return Optional.of(MD5);
    }
    for (DigestAlgorithm a : values()) {
      if (a.token.equalsIgnoreCase(token.get())) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** Lower-case hex of the hash of {@code text} (UTF-8). */
  public String hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(jca).digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(jca + " missing from the JDK", e);
    }
  }

  /** HA1 = H(username:realm:password) (RFC 2617 §3.2.2.2). */
  public String ha1(String username, String realm, String password) {
    return hex(username + ":" + realm + ":" + password);
  }

  /**
   * The request-digest for qop=auth (RFC 2617 §3.2.2.1): H(HA1:nonce:nc:cnonce:qop:H(method:uri)); without
   * qop (RFC 2069 compatibility) H(HA1:nonce:H(method:uri)).
   */
  public String response(String ha1, String nonce, String nc, String cnonce, String qop, String method, String uri) {
    String ha2 = hex(method + ":" + uri);
    return qop.isEmpty() ? hex(ha1 + ":" + nonce + ":" + ha2)
        : hex(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
  }
}
