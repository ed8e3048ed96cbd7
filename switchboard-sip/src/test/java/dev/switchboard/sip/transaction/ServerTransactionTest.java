package dev.switchboard.sip.transaction;

import static dev.switchboard.sip.transaction.TestMessages.TCP_PEER;
import static dev.switchboard.sip.transaction.TestMessages.UDP_PEER;
import static dev.switchboard.sip.transaction.TestMessages.fromPeer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sip.message.Responses;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.time.FakeSipScheduler;
import dev.switchboard.sip.transport.Peer;
import dev.switchboard.sip.transport.RecordingSender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** INVITE and non-INVITE server transactions (RFC 3261 §17.2, RFC 6026) and CANCEL (§9.2) on a fake clock. */
class ServerTransactionTest {
  private final FakeSipScheduler clock = new FakeSipScheduler();
  private final RecordingSender wire = new RecordingSender(clock);
  private final RecordingTransactionUser tu = new RecordingTransactionUser();
  private final TransactionLayer layer =
      new TransactionLayer(new TransactionContext(wire, clock, TimerValues.RFC3261), tu);

  private ServerTransaction lastServer() {
    return tu.servers.get(tu.servers.size() - 1);
  }

  private void answer(int status) {
    ServerTransaction t = lastServer();
    assertThat(t.respond(Responses.to(t.request(), status, "uas"))).isTrue();
  }

  @Test
  void inviteGets100TryingAtOnceAndRetransmissionsDoNotReachTheTu() {
    layer.receive(fromPeer("INVITE", "z9hG4bKi1", UDP_PEER), UDP_PEER);
    layer.receive(fromPeer("INVITE", "z9hG4bKi1", UDP_PEER), UDP_PEER);
    assertThat(wire.lines()).containsExactly("100", "100");
    assertThat(tu.events).containsExactly("request INVITE");
    SipResponse trying = (SipResponse) wire.last();
    assertThat(trying.to().tag()).isEmpty();
    assertThat(trying.topVia().received()).contains("198.51.100.7");
    assertThat(trying.topVia().rport()).hasValue(5062);
    answer(180);
    layer.receive(fromPeer("INVITE", "z9hG4bKi1", UDP_PEER), UDP_PEER);
    assertThat(wire.lines()).containsExactly("100", "100", "180", "180");
  }

  @Test
  void aFailureIsRetransmittedOnTimerGUntilTheAckThenAbsorbedUntilTimerI() {
    layer.receive(fromPeer("INVITE", "z9hG4bKi2", UDP_PEER), UDP_PEER);
    answer(486);
    clock.advanceMillis(8_000);
    assertThat(wire.timesOf("486")).containsExactly(0L, 500L, 1500L, 3500L, 7500L);
    layer.receive(fromPeer("ACK", "z9hG4bKi2", UDP_PEER), UDP_PEER);
    layer.receive(fromPeer("ACK", "z9hG4bKi2", UDP_PEER), UDP_PEER);
    clock.advanceMillis(4_999);
    assertThat(wire.timesOf("486")).hasSize(5);
    assertThat(layer.size()).isEqualTo(1);
    clock.advanceMillis(1);   // Timer I = T4
    assertThat(layer.size()).isZero();
    assertThat(tu.events).containsExactly("request INVITE");   // the ACK for a failure stays in the transaction
  }

  @Test
  void withoutAnAckTimerHEndsTheTransaction() {
    layer.receive(fromPeer("INVITE", "z9hG4bKi3", UDP_PEER), UDP_PEER);
    answer(603);
    clock.advanceMillis(40_000);
    assertThat(wire.timesOf("603")).containsExactly(0L, 500L, 1500L, 3500L, 7500L, 11500L, 15500L, 19500L,
        23500L, 27500L, 31500L);
    assertThat(tu.events).containsExactly("request INVITE", "server timeout");
    assertThat(layer.size()).isZero();
  }

  @Test
  void afterA2xxTheTuRetransmitsAndInviteRetransmissionsAreAbsorbedUntilTimerL() {
    layer.receive(fromPeer("INVITE", "z9hG4bKi4", UDP_PEER), UDP_PEER);
    answer(200);
    layer.receive(fromPeer("INVITE", "z9hG4bKi4", UDP_PEER), UDP_PEER);
    assertThat(wire.lines()).containsExactly("100", "200");
    answer(200);   // §13.3.1.4: the TU's own 2xx retransmission passes through
    assertThat(wire.lines()).containsExactly("100", "200", "200");
    assertThat(lastServer().respond(Responses.to(lastServer().request(), 486, "uas"))).isFalse();
    layer.receive(fromPeer("ACK", "z9hG4bK-new-branch", UDP_PEER), UDP_PEER);
    assertThat(tu.events).containsExactly("request INVITE", "ack");
    clock.advanceMillis(32_000);
    assertThat(layer.size()).isZero();
  }

  @ParameterizedTest(name = "{0}: Timer J = {1} ms")
  @CsvSource({"UDP, 32000", "TCP, 0"})
  void nonInviteAbsorbsRetransmissionsThenRepeatsItsFinalUntilTimerJ(String transport, long timerJ) {
    Peer peer = transport.equals("UDP") ? UDP_PEER : TCP_PEER;
    layer.receive(fromPeer("OPTIONS", "z9hG4bKo1", peer), peer);
    layer.receive(fromPeer("OPTIONS", "z9hG4bKo1", peer), peer);
    assertThat(wire.lines()).isEmpty();
    answer(200);
    assertThat(lastServer().respond(Responses.to(lastServer().request(), 500, "uas"))).isFalse();
    if (timerJ > 0) {
      layer.receive(fromPeer("OPTIONS", "z9hG4bKo1", peer), peer);
      assertThat(wire.lines()).containsExactly("200", "200");
      clock.advanceMillis(timerJ);
    }
    assertThat(tu.events).containsExactly("request OPTIONS");
    assertThat(layer.size()).isZero();
  }

  @Test
  void responsesGoBackOverTheConnectionOnTcp() {
    layer.receive(fromPeer("OPTIONS", "z9hG4bKo2", TCP_PEER), TCP_PEER);
    answer(200);
    assertThat(wire.sent().get(0).peer()).isEqualTo(TCP_PEER);
  }

  @Test
  void cancelGets200AndTheInvite487WithTheEarlyDialogTag() {
    layer.receive(fromPeer("INVITE", "z9hG4bKc1", UDP_PEER), UDP_PEER);
    answer(180);
    layer.receive(fromPeer("CANCEL", "z9hG4bKc1", UDP_PEER), UDP_PEER);
    assertThat(wire.lines()).containsExactly("100", "180", "200", "487");
    SipResponse cancelOk = (SipResponse) wire.sent().get(2).message();
    SipResponse terminated = (SipResponse) wire.sent().get(3).message();
    assertThat(cancelOk.cseq().method()).isEqualTo("CANCEL");
    assertThat(terminated.cseq().method()).isEqualTo("INVITE");
    assertThat(terminated.to().tag()).contains("uas");
    assertThat(tu.events).containsExactly("request INVITE", "cancelled");
    assertThat(lastServer().respond(Responses.to(lastServer().request(), 200, "uas"))).isFalse();
    layer.receive(fromPeer("ACK", "z9hG4bKc1", UDP_PEER), UDP_PEER);
    clock.advanceMillis(40_000);
    assertThat(layer.size()).isZero();
    assertThat(wire.timesOf("487")).containsExactly(0L);
  }

  @Test
  void cancelWithoutItsInviteGets481() {
    layer.receive(fromPeer("CANCEL", "z9hG4bKc2", UDP_PEER), UDP_PEER);
    assertThat(wire.lines()).containsExactly("481");
    assertThat(tu.events).isEmpty();
  }

  @Test
  void cancelAfterTheFinalResponseGets200AndChangesNothing() {
    layer.receive(fromPeer("INVITE", "z9hG4bKc3", UDP_PEER), UDP_PEER);
    answer(200);
    layer.receive(fromPeer("CANCEL", "z9hG4bKc3", UDP_PEER), UDP_PEER);
    assertThat(wire.lines()).containsExactly("100", "200", "200");
    assertThat(((SipResponse) wire.last()).cseq().method()).isEqualTo("CANCEL");
    assertThat(tu.events).containsExactly("request INVITE");
  }

  @Test
  void aRequestWithoutBranchIsRefused() {
    layer.receive(fromPeer("OPTIONS", "", UDP_PEER), UDP_PEER);
    assertThat(wire.lines()).containsExactly("400");
    assertThat(tu.events).isEmpty();
  }

  @Test
  void transactionsNeverLeak() {
    for (int i = 0; i < 500; i++) {
      String b = "z9hG4bKleak" + i;
      layer.receive(fromPeer(i % 2 == 0 ? "INVITE" : "OPTIONS", b, UDP_PEER), UDP_PEER);
      switch (i % 5) {
        case 0 -> answer(200);
        case 1 -> answer(200);
        case 2 -> answer(486);   // never ACKed: Timer H
        case 3 -> layer.receive(fromPeer("CANCEL", b, UDP_PEER), UDP_PEER);
        default -> { }   // never answered: lives until the TU answers (the dialog layer's job)
      }
      clock.advanceMillis(10);
    }
    for (ServerTransaction t : tu.servers) {
      t.respond(Responses.to(t.request(), 500, "uas"));
    }
    clock.advanceMillis(64_000);
    assertThat(layer.size()).isZero();
    assertThat(clock.pending()).isZero();
  }

}
