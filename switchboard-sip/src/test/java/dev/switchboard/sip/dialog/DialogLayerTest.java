package dev.switchboard.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sip.message.Body;
import dev.switchboard.sip.message.SipMessageParser;
import dev.switchboard.sip.message.SipMessageWriter;
import dev.switchboard.sip.message.Responses;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The UAS dialog layer over real transactions, on a fake clock (RFC 3261 §12–§15, RFC 4028). */
class DialogLayerTest {
  private static final Peer PHONE = Peer.of(TransportKind.UDP, "198.51.100.7", 5062);
  private static final String OFFER = "v=0\r\no=- 1 1 IN IP4 198.51.100.7\r\ns=-\r\nc=IN IP4 198.51.100.7\r\nt=0 0\r\n"
      + "m=audio 4000 RTP/AVP 0\r\n";
  private static final Body ANSWER = Body.of("v=0\r\no=- 2 2 IN IP4 203.0.113.1\r\ns=-\r\nc=IN IP4 203.0.113.1\r\n"
      + "t=0 0\r\nm=audio 30000 RTP/AVP 0\r\n");

  private final FakeSipScheduler clock = new FakeSipScheduler();
  private final RecordingSender wire = new RecordingSender(clock);
  private final List<String> events = new ArrayList<>();
  private final List<IncomingInvite> invites = new ArrayList<>();
  private boolean autoAnswer = true;
  private java.util.function.Function<SipRequest, java.util.Optional<Body>> reanswer = r -> java.util.Optional.of(ANSWER);
  private final SipApplication app = new SipApplication() {
    @Override public java.util.Optional<Body> answerReinvite(Dialog dialog, SipRequest reinvite) {
      return reanswer.apply(reinvite);
    }

    @Override public void onInvite(IncomingInvite invite) {
      events.add("invite");
      invites.add(invite);
      if (autoAnswer) {
        invite.answer(ANSWER);
      }
    }

    @Override public void onCancelled(IncomingInvite invite) { events.add("cancelled"); }

    @Override public void onConfirmed(Dialog dialog) { events.add("confirmed"); }

    @Override public void onBye(Dialog dialog) { events.add("bye"); }

    @Override public void onReinvite(Dialog dialog, SipRequest reinvite) { events.add("reinvite"); }

    @Override public void onInfo(Dialog dialog, SipRequest info) { events.add("info " + info.body().text()); }

    @Override public void onEnded(Dialog dialog, String reason) { events.add("ended: " + reason); }
  };
  private final DialogLayer dialogs = new DialogLayer(
      DialogConfig.defaults(SipUri.parse("sip:sb@203.0.113.1:5060")), clock, app);
  private final TransactionLayer transactions =
      new TransactionLayer(new TransactionContext(wire, clock, TimerValues.RFC3261), dialogs);
  private int branch;
  private String toTag = "";

  DialogLayerTest() {
    dialogs.attach(transactions);
  }

  /** A request from the phone; {@code extra} are header lines. */
  private void phone(String method, int cseq, String body, String... extra) {
    StringBuilder sb = new StringBuilder(method + " sip:+14155551234@acme.sip.localhost SIP/2.0\r\n")
        .append("Via: SIP/2.0/UDP 198.51.100.7:5062;branch=z9hG4bKph").append(method.equals("ACK")
            || method.equals("CANCEL") ? branch : ++branch).append(";rport\r\n")
        .append("Max-Forwards: 70\r\nFrom: <sip:alice@acme.sip.localhost>;tag=alice1\r\n")
        .append("To: <sip:+14155551234@acme.sip.localhost>").append(toTag.isEmpty() ? "" : ";tag=" + toTag)
        .append("\r\nCall-ID: dlg-1@198.51.100.7\r\nCSeq: ").append(cseq).append(' ').append(method).append("\r\n")
        .append("Contact: <sip:alice@198.51.100.7:5062>\r\n");
    for (String line : extra) {
      sb.append(line).append("\r\n");
    }
    if (!body.isEmpty()) {
      sb.append("Content-Type: application/sdp\r\n");
    }
    sb.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n").append(body);
    transactions.receive(SipMessageParser.parse(sb.toString().getBytes(StandardCharsets.UTF_8)), PHONE);
  }

  private SipResponse lastResponse() {
    return (SipResponse) wire.last();
  }

  private void callUp() {
    phone("INVITE", 1, OFFER);
    toTag = lastResponse().to().tag().orElseThrow();
    phone("ACK", 1, "");
  }

  @Test
  void anAnsweredInviteIsRetransmittedUntilItsAckThenConfirmed() {
    phone("INVITE", 1, OFFER);
    SipResponse ok = lastResponse();
    assertThat(wire.lines()).containsExactly("100", "200");
    assertThat(ok.to().tag()).isPresent();
    assertThat(ok.contact().orElseThrow().uri().toString()).isEqualTo("sip:sb@203.0.113.1:5060");
    assertThat(ok.body()).isEqualTo(ANSWER);
    assertThat(ok.header("Allow")).contains(DialogConfig.ALLOW);
    clock.advanceMillis(4_000);
    assertThat(wire.timesOf("200")).containsExactly(0L, 500L, 1500L, 3500L);
    toTag = ok.to().tag().orElseThrow();
    phone("ACK", 1, "");
    clock.advanceMillis(60_000);
    assertThat(wire.timesOf("200")).hasSize(4);
    assertThat(events).containsExactly("invite", "confirmed");
    assertThat(dialogs.dialogCount()).isEqualTo(1);
    assertThat(transactions.size()).isZero();
  }

  @Test
  void aByeAskedForBeforeTheAckWaitsForIt() {
    phone("INVITE", 1, OFFER);
    toTag = lastResponse().to().tag().orElseThrow();
    Dialog dialog = lastDialog();
    assertThat(dialogs.bye(dialog)).isTrue();
    assertThat(wire.lines()).doesNotContain("BYE");   // RFC 3261 §15: not before the ACK of our 2xx
    clock.advanceMillis(600);
    phone("ACK", 1, "");
    assertThat(wire.lines()).contains("BYE");
    assertThat(events).containsExactly("invite");   // hung up by us: not reported as confirmed
    assertThat(dialogs.dialogCount()).isZero();
    assertThat(dialogs.bye(dialog)).isFalse();
  }

  @Test
  void aByeHeldForAnAckThatNeverComesGoesWhenTheRetransmissionsGiveUp() {
    phone("INVITE", 1, OFFER);
    toTag = lastResponse().to().tag().orElseThrow();
    assertThat(dialogs.bye(lastDialog())).isTrue();
    clock.advanceMillis(20_000);
    assertThat(wire.lines()).doesNotContain("BYE");
    clock.advanceMillis(13_000);
    assertThat(wire.lines()).contains("BYE");
    assertThat(dialogs.dialogCount()).isZero();
  }

  private Dialog lastDialog() {
    SipResponse ok = lastResponse();
    return dialogs.dialog(new DialogId(ok.callId(), ok.to().tag().orElseThrow(), ok.from().tag().orElse(""))).orElseThrow();
  }

  @Test
  void withoutAnAckTheDialogIsHungUpAfter64T1() {
    phone("INVITE", 1, OFFER);
    clock.advanceMillis(33_000);
    assertThat(wire.timesOf("200")).containsExactly(0L, 500L, 1500L, 3500L, 7500L, 11500L, 15500L, 19500L,
        23500L, 27500L, 31500L);
    assertThat(wire.lines()).contains("BYE");
    assertThat(events).containsExactly("invite", "ended: no ACK for the 2xx (RFC 3261 §13.3.1.4)");
    assertThat(dialogs.dialogCount()).isZero();
  }

  @Test
  void byeEndsTheDialogAndASecondByeGets481() {
    callUp();
    phone("BYE", 2, "");
    assertThat(lastResponse().status()).isEqualTo(200);
    phone("BYE", 3, "");
    assertThat(lastResponse().status()).isEqualTo(481);
    assertThat(events).containsExactly("invite", "confirmed", "bye");
    assertThat(dialogs.dialogCount()).isZero();
  }

  @Test
  void reInviteIsAnsweredWithTheCurrentSdpAndInDialogOptionsAndInfoWith200() {
    callUp();
    phone("INVITE", 2, OFFER.replace("m=audio 4000 RTP/AVP 0\r\n", "m=audio 4000 RTP/AVP 0\r\na=sendonly\r\n"));
    assertThat(lastResponse().status()).isEqualTo(200);
    assertThat(lastResponse().body()).isEqualTo(ANSWER);
    phone("ACK", 2, "");
    phone("OPTIONS", 3, "");
    assertThat(lastResponse().status()).isEqualTo(200);
    phone("INFO", 4, "Signal=5");
    assertThat(lastResponse().status()).isEqualTo(200);
    phone("INFO", 3, "Signal=6");
    assertThat(lastResponse().status()).isEqualTo(500);   // §12.2.2: CSeq went backwards
    assertThat(events).containsExactly("invite", "confirmed", "reinvite", "confirmed", "info Signal=5");
  }

  @Test
  void aReInviteOfferIsAnsweredWithTheApplicationsNewAnswerOrRefused488() {
    callUp();
    Body held = Body.of(ANSWER.text().replace("m=audio 30000 RTP/AVP 0\r\n", "m=audio 30000 RTP/AVP 0\r\na=recvonly\r\n"));
    reanswer = r -> java.util.Optional.of(held);
    phone("INVITE", 2, OFFER.replace("m=audio 4000 RTP/AVP 0\r\n", "m=audio 4000 RTP/AVP 0\r\na=sendonly\r\n"));
    assertThat(lastResponse().status()).isEqualTo(200);
    assertThat(lastResponse().body()).isEqualTo(held);
    phone("ACK", 2, "");
    reanswer = r -> java.util.Optional.empty();
    phone("INVITE", 3, OFFER.replace("RTP/AVP 0", "RTP/AVP 18"));
    assertThat(lastResponse().status()).isEqualTo(488);
    phone("ACK", 3, "");
    phone("OPTIONS", 4, "");
    assertThat(lastResponse().status()).isEqualTo(200);   // the dialog carries on
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Require: 100rel, foo             | 420 | Unsupported | 100rel, foo
      Session-Expires: 60              | 422 | Min-SE      | 90
      Require: timer                   | 200 | Require     | timer
      """)
  void optionTagsAndSessionIntervalsAreChecked(String header, int status, String responseHeader, String value) {
    phone("INVITE", 1, OFFER, header);
    assertThat(lastResponse().status()).isEqualTo(status);
    assertThat(lastResponse().header(responseHeader)).contains(value);
  }

  @Test
  void requestsForUnknownDialogsGet481AndUnknownMethods501() {
    toTag = "nobody";
    phone("BYE", 1, "");
    assertThat(lastResponse().status()).isEqualTo(481);
    toTag = "";
    phone("SUBSCRIBE", 1, "");
    assertThat(lastResponse().status()).isEqualTo(501);
    phone("OPTIONS", 1, "");
    assertThat(lastResponse().status()).isEqualTo(200);
    assertThat(lastResponse().header("Supported")).contains("timer");
  }

  @Test
  void aCancelledInviteReachesTheApplication() {
    autoAnswer = false;
    phone("INVITE", 1, OFFER);
    assertThat(invites.get(0).ringing(Body.EMPTY)).isTrue();
    phone("CANCEL", 1, "");
    assertThat(wire.lines()).containsExactly("100", "180", "200", "487");
    assertThat(events).containsExactly("invite", "cancelled");
    assertThat(invites.get(0).answer(ANSWER)).isEmpty();
    assertThat(dialogs.dialogCount()).isZero();
  }

  @Test
  void whenTheCallerRefreshesButStopsTheDialogEndsBeforeTheInterval() {
    phone("INVITE", 1, OFFER, "Supported: timer", "Session-Expires: 1800;refresher=uac");
    assertThat(lastResponse().header("Session-Expires")).contains("1800;refresher=uac");
    toTag = lastResponse().to().tag().orElseThrow();
    phone("ACK", 1, "");
    clock.advanceMillis(1_000_000);
    phone("INVITE", 2, OFFER, "Supported: timer", "Session-Expires: 1800;refresher=uac");   // refresh
    phone("ACK", 2, "");
    clock.advanceMillis(1_767_000);
    assertThat(wire.lines()).doesNotContain("BYE");
    clock.advanceMillis(1_000);   // 1800 − min(32, 600) = 1768 s after the refresh
    assertThat(wire.lines()).contains("BYE");
    assertThat(events).last().isEqualTo("ended: session timer expired (RFC 4028 §10)");
  }

  @Test
  void asRefresherWeReInviteAtHalfTheInterval() {
    phone("INVITE", 1, OFFER, "Supported: timer", "Session-Expires: 600;refresher=uas");
    toTag = lastResponse().to().tag().orElseThrow();
    phone("ACK", 1, "");
    clock.advanceMillis(300_000);
    SipRequest refresh = (SipRequest) wire.last();
    assertThat(refresh.method()).isEqualTo("INVITE");
    assertThat(refresh.cseq().number()).isEqualTo(1);
    assertThat(refresh.requestUri().toString()).isEqualTo("sip:alice@198.51.100.7:5062");
    assertThat(refresh.to().tag()).contains("alice1");
    assertThat(refresh.body()).isEqualTo(ANSWER);
    transactions.receive(SipMessageParser.parse(SipMessageWriter.write(Responses.to(refresh, 200, ""))), PHONE);
    assertThat(((SipRequest) wire.last()).method()).isEqualTo("ACK");
    clock.advanceMillis(300_000);
    assertThat(((SipRequest) wire.last()).method()).isEqualTo("INVITE");
    assertThat(((SipRequest) wire.last()).cseq().number()).isEqualTo(2);
  }

  @Test
  void weCanHangUp() {
    callUp();
    Dialog dialog = dialogs.dialog(new DialogId("dlg-1@198.51.100.7", toTag, "alice1")).orElseThrow();
    assertThat(dialogs.bye(dialog)).isTrue();
    SipRequest bye = (SipRequest) wire.last();
    assertThat(bye.method()).isEqualTo("BYE");
    assertThat(bye.from().tag()).contains(toTag);
    assertThat(bye.to().tag()).contains("alice1");
    assertThat(dialogs.bye(dialog)).isFalse();
  }
}
