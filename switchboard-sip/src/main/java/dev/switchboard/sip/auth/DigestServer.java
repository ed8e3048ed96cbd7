package dev.switchboard.sip.auth;

import dev.switchboard.sip.message.HeaderNames;
import dev.switchboard.sip.message.Responses;
import dev.switchboard.sip.message.SipParseException;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.message.SipUri;
import dev.switchboard.sip.time.SipScheduler;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server side of digest authentication (RFC 3261 §22.4, §22.3 for proxies' 407). Nonces are stateless:
 * {@code <issued-millis hex>.<HMAC-SHA256(secret, issued:realm) prefix>}, so any node holding the secret can
 * check them, a forged one fails the HMAC and an old one is reported {@link Verdict.Stale} after
 * {@code nonceLifetime}. Nonce-count replay within the lifetime is not tracked. Offers qop="auth" with each
 * configured algorithm, most preferred first (RFC 8760 §2.4); answers without qop (RFC 2069) are accepted.
 * Thread-safe; {@link #verify} may block in the {@link CredentialSource}.
 */
public final class DigestServer {
  private final String realm;
  private final List<DigestAlgorithm> algorithms;
  private final Duration nonceLifetime;
  private final SecretKeySpec key;
  private final SipScheduler clock;

  public DigestServer(String realm, List<DigestAlgorithm> algorithms, Duration nonceLifetime, byte[] secret,
      SipScheduler clock) {
    this.realm = realm;
    this.algorithms = List.copyOf(algorithms);
    this.nonceLifetime = nonceLifetime;
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    this.clock = clock;
  }

  public String realm() { return realm; }

  /** One challenge per algorithm with a fresh nonce. */
  public List<DigestChallenge> challenges(boolean stale) {
    String nonce = newNonce();
    return algorithms.stream().map(a -> new DigestChallenge(realm, nonce, "", a, "auth", stale)).toList();
  }

  /** A 401 with WWW-Authenticate (UAS) or, with {@code proxy}, a 407 with Proxy-Authenticate. */
  public SipResponse challenge(SipRequest request, boolean proxy, boolean stale, String toTag) {
    SipResponse response = Responses.to(request, proxy ? 407 : 401, toTag);
    for (DigestChallenge c : challenges(stale)) {
      response = response.with(proxy ? HeaderNames.PROXY_AUTHENTICATE : HeaderNames.WWW_AUTHENTICATE, c.toString());
    }
    return response;
  }

  /** Checks the request's Authorization (or, with {@code proxy}, Proxy-Authorization) for our realm. */
  public Verdict verify(SipRequest request, boolean proxy, CredentialSource source) {
    String header = proxy ? HeaderNames.PROXY_AUTHORIZATION : HeaderNames.AUTHORIZATION;
    Optional<DigestCredentials> found = Optional.empty();
    for (String value : request.headers().values(header)) {
      try {
        found = DigestCredentials.parse(value).filter(c -> c.realm().equals(realm));
      } catch (SipParseException e) {
        return new Verdict.Rejected("malformed credentials: " + e.getMessage());
      }
      if (found.isPresent()) {
        break;
      }
    }
    if (found.isEmpty()) {
      return new Verdict.Missing();
    }
    DigestCredentials c = found.get();
    if (!algorithms.contains(c.algorithm())) {
      return new Verdict.Rejected("algorithm not offered: " + c.algorithm().token());
    }
    if (!c.qop().isEmpty() && !c.qop().equalsIgnoreCase("auth")) {
      return new Verdict.Rejected("unsupported qop " + c.qop());
    }
    if (!isSipUri(c.uri())) {
      return new Verdict.Rejected("digest uri is not a SIP URI");
    }
    long issued = issuedAt(c.nonce());
    if (issued < 0) {
      return new Verdict.Rejected("nonce not issued here");
    }
    Optional<String> ha1 = source.ha1(c.username(), realm, c.algorithm());
    if (ha1.isEmpty()) {
      return new Verdict.Rejected("unknown user");
    }
    String expected = c.algorithm().response(ha1.get(), c.nonce(), c.nc(), c.cnonce(), c.qop(), request.method(),
        c.uri());
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        c.response().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
      return new Verdict.Rejected("wrong response");
    }
    if (clock.nowMillis() - issued > nonceLifetime.toMillis()) {
      return new Verdict.Stale(c.username());
    }
    return new Verdict.Authenticated(c.username());
  }

  /**
   * RFC 2617 §3.2.2.5 wants the digest {@code uri} to equal the Request-URI. Phones and sipp often put the next
   * hop there instead ({@code sip:<our ip>:<port>} when the Request-URI names a domain), and servers such as
   * Asterisk accept it; the response is computed over the stated {@code uri}, so it must still be right. Only a
   * {@code uri} that is not a SIP URI at all is refused.
   */
  private static boolean isSipUri(String digestUri) {
    try {
      SipUri.parse(digestUri);
      return true;
    } catch (SipParseException e) {
      return false;
    }
  }

  private String newNonce() {
    String issued = Long.toHexString(clock.nowMillis());
    return issued + "." + mac(issued);
  }

  /** The issue time of a nonce we made, or -1 for anything else. */
  private long issuedAt(String nonce) {
    int dot = nonce.indexOf('.');
    if (dot <= 0) {
      return -1;
    }
    String issued = nonce.substring(0, dot);
    if (!MessageDigest.isEqual(mac(issued).getBytes(StandardCharsets.US_ASCII),
        nonce.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
      return -1;
    }
    try {
      return Long.parseLong(issued, 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private String mac(String issued) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] full = mac.doFinal((issued + ":" + realm).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(full, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
