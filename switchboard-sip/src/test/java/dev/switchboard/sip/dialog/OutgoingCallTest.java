package dev.switchboard.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sip.message.Body;
import dev.switchboard.sip.message.JainSipOracle;
import dev.switchboard.sip.message.NameAddress;
import dev.switchboard.sip.message.Responses;
import dev.switchboard.sip.message.SipHeader;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The UAC side of the dialog layer over real transactions, on a fake clock (RFC 3261 §13.2, §9.1, §22; RFC 4028). */
class OutgoingCallTest {
  private static final Peer CALLEE = Peer.of(TransportKind.UDP, "198.51.100.9", 5060);
  private static final Body OFFER = Body.of("v=0\r\no=- 1 1 IN IP4 203.0.113.1\r\ns=-\r\nc=IN IP4 203.0.113.1\r\n"
      + "t=0 0\r\nm=audio 30000 RTP/AVP 0 101\r\n");
  private static final String ANSWER = "v=0\r\no=- 2 2 IN IP4 198.51.100.9\r\ns=-\r\nc=IN IP4 198.51.100.9\r\n"
      + "t=0 0\r\nm=audio 4000 RTP/AVP 0\r\n";

  private final FakeSipScheduler clock = new FakeSipScheduler();
  private final RecordingSender wire = new RecordingSender(clock);
  private final List<String> events = new ArrayList<>();
  private final List<SipResponse> responses = new ArrayList<>();
  private final List<Dialog> answered = new ArrayList<>();
  private final SipApplication app = new SipApplication() {
    @Override public void onInvite(IncomingInvite invite) { events.add("invite"); }

    @Override public void onBye(Dialog dialog) { events.add("bye"); }

    @Override public void onReinvite(Dialog dialog, SipRequest reinvite) { events.add("reinvite"); }

    @Override public void onEnded(Dialog dialog, String reason) { events.add("ended: " + reason); }
  };
  private final DialogLayer dialogs = new DialogLayer(
      DialogConfig.defaults(SipUri.parse("sip:sb@203.0.113.1:5060")), clock, app);
  private final TransactionLayer transactions =
      new TransactionLayer(new TransactionContext(wire, clock, TimerValues.RFC3261), dialogs);
  private final OutgoingCall.Listener listener = new OutgoingCall.Listener() {
    @Override public void onProvisional(SipResponse response) {
      events.add("provisional " + response.status() + (response.body().isEmpty() ? "" : " with sdp"));
    }

    @Override public void onAnswered(Dialog dialog, SipResponse response) {
      events.add("answered");
      answered.add(dialog);
    }

    @Override public void onFailed(int status, Optional<SipResponse> response) {
      events.add("failed " + status + (response.isPresent() ? "" : " without response"));
      response.ifPresent(responses::add);
    }
  };

  OutgoingCallTest() {
    dialogs.attach(transactions);
  }

  private OutgoingInvite call() {
    return OutgoingInvite.of(SipUri.parse("sip:+14155550100@pbx.example.com?X-customName=Bob%2CShield"),
            new NameAddress("Jack", SipUri.parse("sip:+14155550199@sb.example.com"), dev.switchboard.sip.message.Params.NONE),
            CALLEE)
        .withHeaders(List.of(new SipHeader("X-Twilio-CallSid", "CA123"),
            new SipHeader("User-to-User", "123456789;encoding=hex")))
        .withSdp(OFFER);
  }

  private List<SipRequest> sentRequests(String method) {
    return wire.sent().stream().filter(s -> s.message() instanceof SipRequest r && r.method().equals(method))
        .map(s -> (SipRequest) s.message()).toList();
  }

  private SipRequest lastInvite() {
    List<SipRequest> invites = sentRequests("INVITE");
    return invites.get(invites.size() - 1);
  }

  /** The callee answers {@code request} ({@code extra} are "Name: value" lines). */
  private SipResponse respond(SipRequest request, int status, String tag, String... extra) {
    SipResponse r = Responses.to(request, status, tag);
    if (status > 100 && status < 300) {
      r = r.with("Contact", "<sip:callee@198.51.100.9:5070>");
    }
    for (String line : extra) {
      int colon = line.indexOf(':');
      r = r.with(line.substring(0, colon), line.substring(colon + 1).trim());
    }
    if (status == 200 && request.isInvite()) {
      r = r.with("Content-Type", "application/sdp").withBody(Body.of(ANSWER));
    }
    SipResponse parsed = (SipResponse) SipMessageParser.parse(SipMessageWriter.write(r));
    transactions.receive(parsed, CALLEE);
    return parsed;
  }

  /** A request from the callee inside the dialog. */
  private void calleeSends(String method, int cseq, Dialog dialog) {
    String text = method + " sip:sb@203.0.113.1:5060 SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP 198.51.100.9:5070;branch=z9hG4bKcallee" + method + cseq + "\r\n"
        + "Max-Forwards: 70\r\nFrom: <sip:+14155550100@pbx.example.com>;tag=" + dialog.id().remoteTag() + "\r\n"
        + "To: \"Jack\" <sip:+14155550199@sb.example.com>;tag=" + dialog.id().localTag() + "\r\n"
        + "Call-ID: " + dialog.id().callId() + "\r\nCSeq: " + cseq + " " + method + "\r\n"
        + "Contact: <sip:callee@198.51.100.9:5070>\r\nContent-Length: 0\r\n\r\n";
    transactions.receive(SipMessageParser.parse(text.getBytes(StandardCharsets.UTF_8)), CALLEE);
  }

  @Test
  void theInviteCarriesOurContactCapabilitiesTheGivenHeadersAndTheOffer() {
    OutgoingCall call = dialogs.invite(call(), listener);
    SipRequest invite = lastInvite();
    JainSipOracle.parse(SipMessageWriter.write(invite));
    assertThat(invite.requestUri().toString()).isEqualTo("sip:+14155550100@pbx.example.com");
    assertThat(invite.to().uri().toString()).isEqualTo("sip:+14155550100@pbx.example.com");
    assertThat(invite.to().tag()).isEmpty();
    assertThat(invite.from().displayName()).isEqualTo("Jack");
    assertThat(invite.from().tag()).contains(call.fromTag());
    assertThat(invite.callId()).isEqualTo(call.callId()).endsWith("@203.0.113.1");
    assertThat(invite.cseq().number()).isEqualTo(1);
    assertThat(invite.maxForwards().getAsInt()).isEqualTo(70);
    assertThat(invite.contact().orElseThrow().uri().toString()).isEqualTo("sip:sb@203.0.113.1:5060");
    assertThat(invite.header("Allow")).contains(DialogConfig.ALLOW);
    assertThat(invite.header("Supported")).contains("timer");
    assertThat(invite.header("Session-Expires")).contains("1800");
    assertThat(invite.header("User-Agent")).contains("Switchboard");
    assertThat(invite.headers().all()).containsSubsequence(new SipHeader("X-customName", "Bob,Shield"),
        new SipHeader("X-Twilio-CallSid", "CA123"), new SipHeader("User-to-User", "123456789;encoding=hex"));
    assertThat(invite.header("Content-Type")).contains("application/sdp");
    assertThat(invite.body()).isEqualTo(OFFER);
    assertThat(invite.topVia().hasRport()).isTrue();
    assertThat(wire.sent().get(0).peer()).isEqualTo(CALLEE);
    assertThat(call.state()).isEqualTo(OutgoingCall.State.CALLING);
  }

  @Test
  void anAnsweredCallIsAckedEndToEndAndItsDialogTakesByeBothWays() {
    OutgoingCall call = dialogs.invite(call().withCallId("fixed-1@sb"), listener);
    SipRequest invite = lastInvite();
    respond(invite, 100, "");
    respond(invite, 180, "callee1");
    respond(invite, 183, "callee1", "Content-Type: application/sdp");
    SipResponse ok = respond(invite, 200, "callee1");
    SipRequest ack = sentRequests("ACK").get(0);
    JainSipOracle.parse(SipMessageWriter.write(ack));
    assertThat(ack.requestUri().toString()).isEqualTo("sip:callee@198.51.100.9:5070");   // the 2xx's Contact
    assertThat(ack.cseq().toString()).isEqualTo("1 ACK");
    assertThat(ack.to().tag()).contains("callee1");
    assertThat(ack.topVia().branch()).isNotEqualTo(invite.topVia().branch());   // §13.2.2.4: its own branch
    assertThat(events).containsExactly("provisional 180", "provisional 183", "answered");
    Dialog dialog = answered.get(0);
    assertThat(call.dialog()).contains(dialog);
    assertThat(call.state()).isEqualTo(OutgoingCall.State.ANSWERED);
    assertThat(dialog.isUas()).isFalse();
    assertThat(dialog.id()).isEqualTo(new DialogId("fixed-1@sb", call.fromTag(), "callee1"));
    assertThat(dialogs.dialog(dialog.id())).contains(dialog);

    respond(invite, 200, "callee1");   // a retransmission (our ACK was lost): ACK again, no second answer
    assertThat(sentRequests("ACK")).hasSize(2);
    assertThat(events).containsOnlyOnce("answered");
    assertThat(ok.body().text()).isEqualTo(ANSWER);

    calleeSends("INVITE", 1, dialog);   // a re-INVITE from the callee: answered with our offer
    SipResponse reinviteOk = (SipResponse) wire.last();
    assertThat(reinviteOk.status()).isEqualTo(200);
    assertThat(reinviteOk.body()).isEqualTo(OFFER);
    calleeSends("BYE", 2, dialog);
    assertThat(((SipResponse) wire.last()).status()).isEqualTo(200);
    assertThat(events).endsWith("reinvite", "bye");
    assertThat(dialogs.dialogCount()).isZero();
  }

  @Test
  void aTwoHundredRetransmittedAfterTimerMIsStillAcked() {
    dialogs.invite(call(), listener);
    SipRequest invite = lastInvite();
    respond(invite, 200, "callee1");
    clock.advanceMillis(40_000);   // Timer M (64*T1) ended the client transaction
    assertThat(transactions.size()).isZero();
    respond(invite, 200, "callee1");
    assertThat(sentRequests("ACK")).hasSize(2);
    respond(invite, 200, "stranger");   // no such dialog: dropped
    assertThat(sentRequests("ACK")).hasSize(2);
    assertThat(events).containsExactly("answered");
  }

  @Test
  void weHangUpAnAnsweredCallWithBye() {
    dialogs.invite(call(), listener);
    respond(lastInvite(), 200, "callee1");
    Dialog dialog = answered.get(0);
    assertThat(dialogs.bye(dialog)).isTrue();
    SipRequest bye = sentRequests("BYE").get(0);
    assertThat(bye.requestUri().toString()).isEqualTo("sip:callee@198.51.100.9:5070");
    assertThat(bye.cseq().toString()).isEqualTo("2 BYE");
    assertThat(bye.from().tag()).contains(dialog.id().localTag());
    assertThat(bye.to().tag()).contains("callee1");
    respond(bye, 200, "");
    assertThat(dialogs.dialogCount()).isZero();
  }

  @Test
  void aBusyCalleeIsReportedWithItsFinalResponseAndItsXHeaders() {
    dialogs.invite(call(), listener);
    SipRequest invite = lastInvite();
    respond(invite, 180, "callee1");
    respond(invite, 486, "callee1", "X-Reason: all lines busy", "X-Queue: 7");
    assertThat(events).containsExactly("provisional 180", "failed 486");
    assertThat(responses.get(0).header("X-Reason")).contains("all lines busy");
    SipRequest ack = sentRequests("ACK").get(0);   // the transaction's own ACK (§17.1.1.3): same branch
    assertThat(ack.topVia().branch()).isEqualTo(invite.topVia().branch());
    assertThat(dialogs.dialogCount()).isZero();
  }

  @Test
  void aChallengeIsAnsweredOnceWithANewCSeqAndBranchThenAWrongPasswordFails() {
    dialogs.invite(call().withCredentials("alice", "s3cret"), listener);
    SipRequest first = lastInvite();
    respond(first, 407, "p1", "Proxy-Authenticate: Digest realm=\"sip.example.com\", nonce=\"n1\", qop=\"auth\"");
    SipRequest second = lastInvite();
    assertThat(second.cseq().number()).isEqualTo(2);
    assertThat(second.callId()).isEqualTo(first.callId());
    assertThat(second.from().tag()).isEqualTo(first.from().tag());
    assertThat(second.topVia().branch()).isNotEqualTo(first.topVia().branch());
    assertThat(second.header("Proxy-Authorization").orElseThrow()).contains("username=\"alice\"", "realm=\"sip.example.com\"");
    assertThat(second.body()).isEqualTo(OFFER);
    respond(second, 407, "p2", "Proxy-Authenticate: Digest realm=\"sip.example.com\", nonce=\"n2\", qop=\"auth\"");
    assertThat(sentRequests("INVITE")).hasSize(2);
    assertThat(events).containsExactly("failed 407");
  }

  @Test
  void withoutCredentialsAChallengeIsTheFinalAnswer() {
    dialogs.invite(call(), listener);
    respond(lastInvite(), 401, "p1", "WWW-Authenticate: Digest realm=\"x\", nonce=\"n1\"");
    assertThat(events).containsExactly("failed 401");
  }

  @Test
  void aSessionIntervalTooSmallIsRetriedOnceWithTheMinSe() {
    dialogs.invite(call(), listener);
    respond(lastInvite(), 422, "p1", "Min-SE: 3600");
    SipRequest retry = lastInvite();
    assertThat(retry.cseq().number()).isEqualTo(2);
    assertThat(retry.header("Session-Expires")).contains("3600");
    assertThat(retry.header("Min-SE")).contains("3600");
    respond(retry, 200, "callee1", "Session-Expires: 3600;refresher=uac", "Require: timer");
    assertThat(events).containsExactly("answered");
  }

  @Test
  void cancelAfterRingingSendsCancelAndReportsThe487() {
    OutgoingCall call = dialogs.invite(call(), listener);
    SipRequest invite = lastInvite();
    respond(invite, 180, "callee1");
    assertThat(call.cancel()).isTrue();
    assertThat(call.cancel()).isFalse();
    SipRequest cancel = sentRequests("CANCEL").get(0);
    JainSipOracle.parse(SipMessageWriter.write(cancel));
    assertThat(cancel.topVia().branch()).isEqualTo(invite.topVia().branch());   // §9.1
    assertThat(cancel.cseq().toString()).isEqualTo("1 CANCEL");
    assertThat(cancel.requestUri()).isEqualTo(invite.requestUri());
    respond(cancel, 200, "callee1");
    respond(invite, 487, "callee1");
    assertThat(events).containsExactly("provisional 180", "failed 487");
    assertThat(wire.lines()).endsWith("CANCEL", "ACK");
  }

  @Test
  void cancelBeforeAnyProvisionalWaitsForTheFirstOne() {
    OutgoingCall call = dialogs.invite(call(), listener);
    SipRequest invite = lastInvite();
    assertThat(call.cancel()).isTrue();
    assertThat(sentRequests("CANCEL")).isEmpty();
    respond(invite, 100, "");
    assertThat(sentRequests("CANCEL")).hasSize(1);
    respond(invite, 487, "callee1");
    assertThat(events).containsExactly("failed 487");
  }

  @Test
  void aTwoHundredThatRacesTheCancelIsAckedAndHungUp() {
    OutgoingCall call = dialogs.invite(call(), listener);
    SipRequest invite = lastInvite();
    respond(invite, 180, "callee1");
    call.cancel();
    respond(invite, 200, "callee1");
    assertThat(wire.lines()).endsWith("CANCEL", "ACK", "BYE");
    SipRequest bye = sentRequests("BYE").get(0);
    assertThat(bye.to().tag()).contains("callee1");
    assertThat(events).containsExactly("provisional 180", "failed 487 without response");
    assertThat(dialogs.dialogCount()).isZero();
    assertThat(call.state()).isEqualTo(OutgoingCall.State.FAILED);
  }

  @Test
  void aCancelNobodyAnswersGivesUpAfter64T1() {
    OutgoingCall call = dialogs.invite(call(), listener);
    respond(lastInvite(), 180, "callee1");
    call.cancel();
    clock.advanceMillis(31_999);
    assertThat(events).containsExactly("provisional 180");
    clock.advanceMillis(1);
    assertThat(events).containsExactly("provisional 180", "failed 487 without response");
  }

  @Test
  void aSecondForkThatAnswersIsAckedAndHungUp() {
    dialogs.invite(call(), listener);
    SipRequest invite = lastInvite();
    respond(invite, 180, "forkA");
    respond(invite, 200, "forkA");
    respond(invite, 200, "forkB");
    assertThat(events).containsExactly("provisional 180", "answered");
    List<SipRequest> acks = sentRequests("ACK");
    assertThat(acks).extracting(a -> a.to().tag().orElseThrow()).containsExactly("forkA", "forkB");
    List<SipRequest> byes = sentRequests("BYE");
    assertThat(byes).hasSize(1);
    assertThat(byes.get(0).to().tag()).contains("forkB");
    assertThat(dialogs.dialogCount()).isEqualTo(1);
  }

  @Test
  void noAnswerAtAllIsA408AfterTimerB() {
    dialogs.invite(call(), listener);
    clock.advanceMillis(40_000);
    assertThat(wire.timesOf("INVITE")).containsExactly(0L, 500L, 1500L, 3500L, 7500L, 15500L, 31500L);
    assertThat(events).containsExactly("failed 408 without response");
  }

  @Test
  void aTransportFailureIsA503() {
    wire.failing(true);
    OutgoingCall call = dialogs.invite(call(), listener);
    assertThat(events).containsExactly("failed 503 without response");
    assertThat(call.state()).isEqualTo(OutgoingCall.State.FAILED);
    assertThat(call.cancel()).isFalse();
  }

  @Test
  void asRefresherTheUacReInvitesAtHalfTheInterval() {
    dialogs.invite(call(), listener);
    respond(lastInvite(), 200, "callee1", "Session-Expires: 600;refresher=uac", "Require: timer");
    clock.advanceMillis(299_999);
    assertThat(sentRequests("INVITE")).hasSize(1);
    clock.advanceMillis(1);
    SipRequest refresh = lastInvite();
    assertThat(refresh.cseq().number()).isEqualTo(2);
    assertThat(refresh.to().tag()).contains("callee1");
    assertThat(refresh.requestUri().toString()).isEqualTo("sip:callee@198.51.100.9:5070");
    assertThat(refresh.body()).isEqualTo(OFFER);
    respond(refresh, 200, "callee1", "Session-Expires: 600;refresher=uac");
    assertThat(sentRequests("ACK")).last().extracting(a -> a.cseq().number()).isEqualTo(2L);
  }

  @Test
  void whenTheUasRefreshesButStopsWeHangUpBeforeTheInterval() {
    dialogs.invite(call(), listener);
    respond(lastInvite(), 200, "callee1", "Session-Expires: 90;refresher=uas", "Require: timer");
    clock.advanceMillis(59_999);
    assertThat(sentRequests("BYE")).isEmpty();
    clock.advanceMillis(1);   // 90 − min(32, 30) = 60 s
    assertThat(sentRequests("BYE")).hasSize(1);
    assertThat(events).endsWith("ended: session timer expired (RFC 4028 §10)");
  }

  @Test
  void withoutSessionExpiresInTheAnswerThereIsNoSessionTimer() {
    dialogs.invite(call(), listener);
    respond(lastInvite(), 200, "callee1");
    clock.advanceMillis(4_000_000);
    assertThat(wire.lines()).containsExactly("INVITE", "ACK");
  }
}
