package dev.switchboard.sip.auth;

import dev.switchboard.sip.message.CSeq;
import dev.switchboard.sip.message.HeaderNames;
import dev.switchboard.sip.message.Headers;
import dev.switchboard.sip.message.SipParseException;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The client side: answers a 401/407 for a request we sent (RFC 3261 §22.2, §22.3; `<Dial><Sip username
 * password>`, REST `SipAuthUsername`/`SipAuthPassword`, a carrier's credentials). Uses the first challenge
 * whose algorithm it supports (RFC 8760 §2.4: servers list their preference first), qop=auth when offered.
 * The retried request keeps Call-ID and From tag, has CSeq + 1 and no Via (the transaction layer adds one with
 * a new branch). Pure apart from the random cnonce.
 */
public final class DigestClient {
  private DigestClient() {}

  /**
   * The request to send again, or empty when the response is not a challenge we can answer, or when it
   * rejects credentials we already sent for that nonce without saying {@code stale} (a wrong password: stop).
   */
  public static Optional<SipRequest> answer(SipRequest sent, SipResponse challenge, String username,
      String password) {
    boolean proxy = challenge.status() == 407;
    if (!proxy && challenge.status() != 401) {
      return Optional.empty();
    }
    String authHeader = proxy ? HeaderNames.PROXY_AUTHORIZATION : HeaderNames.AUTHORIZATION;
    Optional<DigestChallenge> chosen = Optional.empty();
    for (String value : challenge.headers().values(proxy ? HeaderNames.PROXY_AUTHENTICATE
        : HeaderNames.WWW_AUTHENTICATE)) {
      try {
        chosen = DigestChallenge.parse(value);
      } catch (SipParseException e) {
        chosen = Optional.empty();
      }
      if (chosen.isPresent()) {
        break;
      }
    }
    if (chosen.isEmpty()) {
      return Optional.empty();
    }
    DigestChallenge c = chosen.get();
    if (!c.stale() && alreadyAnswered(sent, authHeader, c.realm())) {
      return Optional.empty();
    }
    String uri = sent.requestUri().toString();
    String qop = c.offersAuth() ? "auth" : "";
    String nc = qop.isEmpty() ? "" : "00000001";
    String cnonce = qop.isEmpty() ? "" : cnonce();
    String response = c.algorithm().response(c.algorithm().ha1(username, c.realm(), password), c.nonce(), nc,
        cnonce, qop, sent.method(), uri);
    DigestCredentials credentials = new DigestCredentials(username, c.realm(), c.nonce(), uri, response,
        c.algorithm(), c.opaque(), qop, nc, cnonce);
    Headers headers = sent.headers().without(HeaderNames.VIA).without(authHeader)
        .replacing(HeaderNames.CSEQ, new CSeq(sent.cseq().number() + 1, sent.method()).toString())
        .with(authHeader, credentials.toString());
    return Optional.of(sent.withHeaders(headers));
  }

  private static boolean alreadyAnswered(SipRequest sent, String header, String realm) {
    for (String value : sent.headers().values(header)) {
      try {
        if (DigestCredentials.parse(value).map(c -> c.realm().equals(realm)).orElse(false)) {
          return true;
        }
      } catch (SipParseException ignored) {
        // not ours
      }
    }
    return false;
  }

  private static String cnonce() {
    byte[] b = new byte[8];
    ThreadLocalRandom.current().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
