package dev.switchboard.sip.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sip.message.Headers;
import dev.switchboard.sip.message.JainSipOracle;
import dev.switchboard.sip.message.SipMessageParser;
import dev.switchboard.sip.message.SipMessageWriter;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.message.SipUri;
import dev.switchboard.sip.time.FakeSipScheduler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigestTest {
  private final FakeSipScheduler clock = new FakeSipScheduler();
  private final DigestServer server = new DigestServer("sip.localhost", List.of(DigestAlgorithm.SHA_256,
      DigestAlgorithm.MD5), Duration.ofMinutes(5), "secret".getBytes(StandardCharsets.UTF_8), clock);
  private final CredentialSource users = CredentialSource.passwords(Map.of("alice", "IWasAtSignal2018"));

  /** RFC 2617 §3.5 and RFC 7616 §3.9.1 (the vectors RFC 8760 relies on). */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      MD5     | testrealm@host.com    | Circle Of Life | dcd98b7102dd2f0e8b11d0f600bfb0c093           | 0a4f113b                                     | 6629fae49393a05397450978507c4ef1
      MD5     | http-auth@example.org | Circle of Life | 7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v | f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ | 8ca523f5e9506fed4657c9700eebdbec
      SHA_256 | http-auth@example.org | Circle of Life | 7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v | f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ | 753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1
      """)
  void rfcTestVectors(DigestAlgorithm algorithm, String realm, String password, String nonce, String cnonce,
      String expected) {
    String ha1 = algorithm.ha1("Mufasa", realm, password);
    assertThat(algorithm.response(ha1, nonce, "00000001", cnonce, "auth", "GET", "/dir/index.html"))
        .isEqualTo(expected);
  }

  @Test
  void challengesAndCredentialsParseBack() {
    DigestChallenge c = new DigestChallenge("sip.localhost", "n\"1", "op", DigestAlgorithm.SHA_256, "auth", true);
    assertThat(DigestChallenge.parse(c.toString())).contains(c);
    assertThat(DigestChallenge.parse("Digest realm=\"r\", nonce=\"n\", algorithm=MD5-sess")).isEmpty();
    assertThat(DigestChallenge.parse("Basic realm=\"r\"")).isEmpty();
    DigestChallenge twilioStyle = DigestChallenge.parse(
        "Digest realm=\"sip.twilio.com\",nonce=\"abc\",qop=\"auth,auth-int\"").orElseThrow();
    assertThat(twilioStyle.algorithm()).isEqualTo(DigestAlgorithm.MD5);
    assertThat(twilioStyle.offersAuth()).isTrue();
    DigestCredentials d = new DigestCredentials("alice", "r", "n", "sip:a@b", "abc", DigestAlgorithm.MD5, "",
        "auth", "00000001", "c1");
    assertThat(DigestCredentials.parse(d.toString())).contains(d);
  }

  private SipRequest invite() {
    return new SipRequest("INVITE", SipUri.parse("sip:+14155551234@acme.sip.localhost"), Headers.EMPTY
        .with("Via", "SIP/2.0/UDP 192.0.2.10:5062;branch=z9hG4bKa1").with("Max-Forwards", "70")
        .with("From", "<sip:alice@acme.sip.localhost>;tag=f").with("To", "<sip:+14155551234@acme.sip.localhost>")
        .with("Call-ID", "auth-1").with("CSeq", "1 INVITE"));
  }

  @ParameterizedTest(name = "proxy={0}")
  @CsvSource({"false, 401, WWW-Authenticate, Authorization", "true, 407, Proxy-Authenticate, Proxy-Authorization"})
  void aClientAnswersTheServersChallengeAndIsLetIn(boolean proxy, int status, String challengeHeader,
      String answerHeader) {
    assertThat(server.verify(invite(), proxy, users)).isEqualTo(new Verdict.Missing());
    SipResponse challenge = server.challenge(invite(), proxy, false, "t1");
    assertThat(challenge.status()).isEqualTo(status);
    assertThat(challenge.headers().values(challengeHeader)).hasSize(2).first().asString().contains("SHA-256");
    JainSipOracle.parse(SipMessageWriter.write(challenge));
    SipRequest retry = DigestClient.answer(invite(), parse(challenge), "alice", "IWasAtSignal2018").orElseThrow();
    assertThat(retry.cseq().number()).isEqualTo(2);
    assertThat(retry.headers().has("Via")).isFalse();
    assertThat(retry.header(answerHeader).orElseThrow()).contains("algorithm=SHA-256", "qop=auth", "nc=00000001");
    SipRequest arrived = (SipRequest) SipMessageParser.parse(SipMessageWriter.write(
        retry.withHeaders(retry.headers().withFirst("Via", "SIP/2.0/UDP 192.0.2.10:5062;branch=z9hG4bKa2"))));
    assertThat(server.verify(arrived, proxy, users)).isEqualTo(new Verdict.Authenticated("alice"));
    JainSipOracle.parse(SipMessageWriter.write(arrived));
  }

  @Test
  void md5OnlyServersAreAnsweredWithMd5() {
    DigestServer md5 = new DigestServer("sip.twilio.com", List.of(DigestAlgorithm.MD5), Duration.ofMinutes(5),
        new byte[] {1}, clock);
    SipRequest retry = DigestClient.answer(invite(), md5.challenge(invite(), true, false, "t"), "alice",
        "IWasAtSignal2018").orElseThrow();
    assertThat(retry.header("Proxy-Authorization").orElseThrow()).contains("algorithm=MD5");
    assertThat(md5.verify(retry, true, users)).isEqualTo(new Verdict.Authenticated("alice"));
  }

  record Case(String name, String user, String password, long waitMillis, String uri, Class<?> verdict) {}

  @Test
  void wrongOrStaleAnswersAreNotLetIn() {
    for (Case c : List.of(
        new Case("wrong password", "alice", "nope", 0, "", Verdict.Rejected.class),
        new Case("unknown user", "mallory", "IWasAtSignal2018", 0, "", Verdict.Rejected.class),
        new Case("stale nonce", "alice", "IWasAtSignal2018", 300_001, "", Verdict.Stale.class),
        new Case("nonce at its lifetime", "alice", "IWasAtSignal2018", 300_000, "", Verdict.Authenticated.class),
        // the response covers the digest uri it states (phones put the next hop there), not the Request-URI
        new Case("request uri other than the digest uri", "alice", "IWasAtSignal2018", 0, "sip:other@acme.sip.localhost",
            Verdict.Authenticated.class))) {
      SipRequest retry = DigestClient.answer(invite(), server.challenge(invite(), false, false, "t"), c.user(),
          c.password()).orElseThrow();
      if (!c.uri().isEmpty()) {
        retry = retry.withRequestUri(SipUri.parse(c.uri()));
      }
      clock.advanceMillis(c.waitMillis());
      assertThat(server.verify(retry, false, users)).as(c.name()).isInstanceOf(c.verdict());
    }
  }

  @Test
  void aNonceFromAnotherServerIsRejected() {
    DigestServer other = new DigestServer("sip.localhost", List.of(DigestAlgorithm.MD5), Duration.ofMinutes(5),
        "other-secret".getBytes(StandardCharsets.UTF_8), clock);
    SipRequest retry = DigestClient.answer(invite(), other.challenge(invite(), false, false, "t"), "alice",
        "IWasAtSignal2018").orElseThrow();
    assertThat(server.verify(retry, false, users)).isEqualTo(new Verdict.Rejected("nonce not issued here"));
  }

  @Test
  void theClientStopsAfterItsCredentialsAreRefusedButRetriesAStaleNonce() {
    SipRequest first = DigestClient.answer(invite(), server.challenge(invite(), false, false, "t"), "alice", "bad")
        .orElseThrow();
    assertThat(DigestClient.answer(first, server.challenge(first, false, false, "t"), "alice", "bad")).isEmpty();
    SipRequest again = DigestClient.answer(first, server.challenge(first, false, true, "t"), "alice", "bad")
        .orElseThrow();
    assertThat(again.cseq().number()).isEqualTo(3);
    assertThat(again.headers().values("Authorization")).hasSize(1);
    assertThat(DigestClient.answer(invite(), server.challenge(invite(), false, false, "t").withHeaders(
        Headers.EMPTY.with("Via", "SIP/2.0/UDP h;branch=z9hG4bK1")), "a", "b")).isEmpty();
  }

  private static SipResponse parse(SipResponse r) {
    return (SipResponse) SipMessageParser.parse(SipMessageWriter.write(r));
  }
}
