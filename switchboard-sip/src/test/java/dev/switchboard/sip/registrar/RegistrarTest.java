package dev.switchboard.sip.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sip.auth.CredentialSource;
import dev.switchboard.sip.auth.DigestClient;
import dev.switchboard.sip.dialog.DialogConfig;
import dev.switchboard.sip.dialog.DialogLayer;
import dev.switchboard.sip.dialog.IncomingInvite;
import dev.switchboard.sip.dialog.SipApplication;
import dev.switchboard.sip.message.Headers;
import dev.switchboard.sip.message.JainSipOracle;
import dev.switchboard.sip.message.SipMessageParser;
import dev.switchboard.sip.message.SipMessageWriter;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.message.SipUri;
import dev.switchboard.sip.time.FakeSipScheduler;
import dev.switchboard.sip.transaction.TimerValues;
import dev.switchboard.sip.transaction.TransactionContext;
import dev.switchboard.sip.transaction.TransactionLayer;
import dev.switchboard.sip.transport.Peer;
import dev.switchboard.sip.transport.RecordingSender;
import dev.switchboard.sip.transport.TransportKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registrar behind the dialog layer, on a fake clock (RFC 3261 §10.3, Twilio's limits of spec §1.7). */
class RegistrarTest {
  private static final Peer PHONE = Peer.of(TransportKind.UDP, "198.51.100.7", 40123);
  private static final RegistrarPolicy POLICY = domain -> switch (domain) {
    case "acme.sip.localhost" -> new RegistrarPolicy.Realm("sip.localhost",
        CredentialSource.passwords(Map.of("alice", "Secret123456", "bob", "Other1234567")), "SDacme");
    case "quiet.sip.localhost" -> new RegistrarPolicy.RegistrationDisabled();
    default -> new RegistrarPolicy.UnknownDomain();
  };

  private final FakeSipScheduler clock = new FakeSipScheduler();
  private final RecordingSender wire = new RecordingSender(clock);
  private final InMemoryBindingStore store = new InMemoryBindingStore();
  private final DialogLayer dialogs = new DialogLayer(DialogConfig.defaults(SipUri.parse("sip:sb@203.0.113.1:5060")),
      clock, (SipApplication) (IncomingInvite invite) -> { });
  private final TransactionLayer transactions =
      new TransactionLayer(new TransactionContext(wire, clock, TimerValues.RFC3261), dialogs);
  private int branch;
  private long cseq = 1;
  private String username = "alice";
  private String password = "Secret123456";

  RegistrarTest() {
    dialogs.attach(transactions);
    dialogs.attach(new Registrar(POLICY, store, clock, RegistrarConfig.twilio("k".getBytes(StandardCharsets.UTF_8))));
  }

  /** A REGISTER for alice@domain with these header lines (no Via, no auth). */
  private SipRequest register(String domain, String... lines) {
    Headers h = Headers.EMPTY.with("Max-Forwards", "70").with("From", "<sip:alice@" + domain + ">;tag=ph1")
        .with("To", "<sip:alice@" + domain + ">").with("Call-ID", "reg-1@198.51.100.7")
        .with("CSeq", cseq++ + " REGISTER").with("User-Agent", "Yealink T46U");
    for (String line : lines) {
      int colon = line.indexOf(':');
      h = h.with(line.substring(0, colon), line.substring(colon + 1).trim());
    }
    return new SipRequest("REGISTER", SipUri.parse("sip:" + domain), h);
  }

  private SipRequest withVia(SipRequest request) {
    return request.withHeaders(request.headers().without("Via").withFirst("Via",
        "SIP/2.0/UDP 198.51.100.7:40123;branch=z9hG4bKreg" + ++branch + ";rport"));
  }

  /** Sends as the phone and returns the answer. */
  private SipResponse send(SipRequest request) {
    byte[] bytes = SipMessageWriter.write(request);
    transactions.receive(SipMessageParser.parse(bytes), PHONE);
    SipResponse response = (SipResponse) wire.last();
    JainSipOracle.parse(SipMessageWriter.write(response));
    return response;
  }

  private SipRequest lastAuthorized;

  /** Sends, answers the 401 with the phone's credentials, and returns the final answer. */
  private SipResponse authorized(SipRequest request) {
    SipRequest first = withVia(request);
    SipResponse challenge = send(first);
    if (challenge.status() != 401) {
      return challenge;
    }
    SipRequest second = withVia(DigestClient.answer(first, challenge, username, password).orElseThrow());
    cseq = second.cseq().number() + 1;
    lastAuthorized = second;
    return send(second);
  }

  private Instant at(long seconds) {
    return Instant.ofEpochMilli(clock.nowMillis()).plusSeconds(seconds);
  }

  @Test
  void aRegisterIsChallengedThenStoredWithItsSourceAndListedInThe200() {
    SipResponse challenge = send(withVia(register("acme.sip.localhost", "Contact: <sip:alice@10.0.0.5:5060>")));
    assertThat(challenge.status()).isEqualTo(401);
    // one MD5 challenge: libre-based phones (baresip 1.0) give up on a 401 that also offers SHA-256
    assertThat(challenge.headers().values("WWW-Authenticate")).singleElement().asString()
        .contains("realm=\"sip.localhost\"", "qop=\"auth\"", "algorithm=MD5");
    assertThat(store.bindings("SDacme", "alice")).isEmpty();

    clock.advanceMillis(1_000);
    SipResponse ok = authorized(register("acme.sip.localhost", "Contact: <sip:alice@10.0.0.5:5060>", "Expires: 3600"));
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.headers().values("Contact")).containsExactly("<sip:alice@10.0.0.5:5060>;expires=3600");
    assertThat(ok.header("Date")).contains("Thu, 01 Jan 1970 00:00:01 GMT");
    Binding b = store.bindings("SDacme", "alice").get(0);
    assertThat(b).isEqualTo(new Binding("SDacme", "alice", "sip:alice@10.0.0.5:5060", at(3600),
        "reg-1@198.51.100.7", lastAuthorized.cseq().number(), PHONE, "Yealink T46U"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(textBlock = """
      quiet.sip.localhost, 403
      nowhere.example.com, 404
      """)
  void unknownDomainsAndDomainsWithoutRegistrationAreRefusedBeforeAnyChallenge(String domain, int status) {
    assertThat(send(withVia(register(domain, "Contact: <sip:alice@10.0.0.5>"))).status()).isEqualTo(status);
  }

  @Test
  void withoutARegistrarRegisterIsNotImplemented() {
    DialogLayer bare = new DialogLayer(DialogConfig.defaults(SipUri.parse("sip:sb@203.0.113.1")), clock,
        (SipApplication) (IncomingInvite invite) -> { });
    TransactionLayer layer = new TransactionLayer(new TransactionContext(wire, clock, TimerValues.RFC3261), bare);
    bare.attach(layer);
    layer.receive(SipMessageParser.parse(SipMessageWriter.write(withVia(register("acme.sip.localhost",
        "Contact: <sip:alice@10.0.0.5>")))), PHONE);
    assertThat(((SipResponse) wire.last()).status()).isEqualTo(501);
  }

  @Test
  void theDigestUsernameMustBeTheAorUser() {
    username = "bob";
    password = "Other1234567";
    SipResponse answer = authorized(register("acme.sip.localhost", "Contact: <sip:alice@10.0.0.5>"));
    assertThat(answer.status()).isEqualTo(403);
    assertThat(store.bindings("SDacme", "alice")).isEmpty();
  }

  @Test
  void aWrongPasswordIsChallengedAgain() {
    password = "Wrong1234567";
    assertThat(authorized(register("acme.sip.localhost", "Contact: <sip:alice@10.0.0.5>")).status()).isEqualTo(401);
  }

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Expires: 599                          | 423 | ''
      <sip:alice@10.0.0.5>;expires=300      | 423 | ''
      Expires: 600                          | 200 | <sip:alice@10.0.0.5>;expires=600
      Expires: 7200                         | 200 | <sip:alice@10.0.0.5>;expires=3600
      <sip:alice@10.0.0.5>;expires=86400    | 200 | <sip:alice@10.0.0.5>;expires=3600
      ''                                    | 200 | <sip:alice@10.0.0.5>;expires=3600
      """)
  void expiriesFollowTwiliosLimits(String expiry, int status, String contact) {
    SipRequest request = expiry.startsWith("<") ? register("acme.sip.localhost", "Contact: " + expiry)
        : expiry.isEmpty() ? register("acme.sip.localhost", "Contact: <sip:alice@10.0.0.5>")
        : register("acme.sip.localhost", "Contact: <sip:alice@10.0.0.5>", expiry);
    SipResponse answer = authorized(request);
    assertThat(answer.status()).isEqualTo(status);
    if (status == 423) {
      assertThat(answer.header("Min-Expires")).contains("600");
      assertThat(store.bindings("SDacme", "alice")).isEmpty();
    } else {
      assertThat(answer.headers().values("Contact")).containsExactly(contact);
    }
  }

  @Test
  void expiresZeroRemovesOneContactAndStarRemovesAll() {
    authorized(register("acme.sip.localhost", "Contact: <sip:alice@10.0.0.5>", "Contact: <sip:alice@10.0.0.6>"));
    assertThat(store.bindings("SDacme", "alice")).hasSize(2);
    SipResponse one = authorized(register("acme.sip.localhost", "Contact: <sip:alice@10.0.0.5>;expires=0"));
    assertThat(one.headers().values("Contact")).containsExactly("<sip:alice@10.0.0.6>;expires=3600");
    authorized(register("acme.sip.localhost", "Contact: <sip:alice@10.0.0.7>"));
    assertThat(authorized(register("acme.sip.localhost", "Contact: *")).status()).isEqualTo(400);
    SipResponse all = authorized(register("acme.sip.localhost", "Contact: *", "Expires: 0"));
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.headers().values("Contact")).isEmpty();
    assertThat(store.bindings("SDacme", "alice")).isEmpty();
  }

  @Test
  void theEleventhBindingIsRefusedButRefreshesOfTheTenStillWork() {
    for (int i = 1; i <= 10; i++) {
      assertThat(authorized(register("acme.sip.localhost", "Contact: <sip:alice@10.0.0." + i + ">")).status())
          .isEqualTo(200);
    }
    SipResponse eleventh = authorized(register("acme.sip.localhost", "Contact: <sip:alice@10.0.0.11>"));
    assertThat(eleventh.status()).isEqualTo(403);
    assertThat(eleventh.reason()).isEqualTo("Too Many Bindings");
    assertThat(store.bindings("SDacme", "alice")).hasSize(10);
    SipResponse refresh = authorized(register("acme.sip.localhost", "Contact: <sip:alice@10.0.0.3>"));
    assertThat(refresh.status()).isEqualTo(200);
    assertThat(refresh.headers().values("Contact")).hasSize(10);
  }

  @Test
  void aRegisterWithTheSameCallIdAndACSeqNotHigherIsRefusedWith500() {
    authorized(register("acme.sip.localhost", "Contact: <sip:alice@10.0.0.5>"));
    SipRequest replay = withVia(lastAuthorized.withHeaders(lastAuthorized.headers().replacing("Contact",
        "<sip:alice@10.0.0.5>;expires=0")));
    assertThat(send(replay).status()).isEqualTo(500);
    assertThat(store.bindings("SDacme", "alice")).hasSize(1);
  }

  @Test
  void aRegisterWithoutContactListsTheBindingsWithTheTimeLeftAndExpiredOnesGo() {
    authorized(register("acme.sip.localhost", "Contact: <sip:alice@10.0.0.5>", "Expires: 600"));
    authorized(register("acme.sip.localhost", "Contact: <sip:alice@10.0.0.6>", "Expires: 3600"));
    clock.advanceMillis(100_000);
    SipResponse listing = authorized(register("acme.sip.localhost"));
    assertThat(listing.headers().values("Contact"))
        .containsExactlyInAnyOrder("<sip:alice@10.0.0.5>;expires=500", "<sip:alice@10.0.0.6>;expires=3500");
    clock.advanceMillis(500_000);
    assertThat(authorized(register("acme.sip.localhost")).headers().values("Contact"))
        .containsExactly("<sip:alice@10.0.0.6>;expires=3000");
    assertThat(store.bindings("SDacme", "alice")).hasSize(1);
  }

  @Test
  void anOldNonceIsChallengedAgainAsStale() {
    authorized(register("acme.sip.localhost", "Contact: <sip:alice@10.0.0.5>"));
    clock.advanceMillis(301_000);
    SipRequest again = lastAuthorized.withHeaders(lastAuthorized.headers()
        .replacing("CSeq", cseq++ + " REGISTER"));
    // the digest covers method and URI only, so the old credentials are still right: only the nonce is old
    SipResponse stale = send(withVia(again));
    assertThat(stale.status()).isEqualTo(401);
    assertThat(stale.header("WWW-Authenticate").orElseThrow()).contains("stale=TRUE");
    SipRequest answered = withVia(DigestClient.answer(again, stale, username, password).orElseThrow());
    assertThat(send(answered).status()).isEqualTo(200);
  }
}
