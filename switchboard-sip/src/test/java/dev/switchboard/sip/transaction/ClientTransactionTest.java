package dev.switchboard.sip.transaction;

import static dev.switchboard.sip.transaction.TestMessages.TCP_PEER;
import static dev.switchboard.sip.transaction.TestMessages.UDP_PEER;
import static dev.switchboard.sip.transaction.TestMessages.answer;
import static dev.switchboard.sip.transaction.TestMessages.ours;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.time.FakeSipScheduler;
import dev.switchboard.sip.transport.Peer;
import dev.switchboard.sip.transport.RecordingSender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** INVITE and non-INVITE client transactions (RFC 3261 §17.1) on a fake clock. */
class ClientTransactionTest {
  private final FakeSipScheduler clock = new FakeSipScheduler();
  private final RecordingSender wire = new RecordingSender(clock);
  private final RecordingTransactionUser tu = new RecordingTransactionUser();
  private final TransactionLayer layer =
      new TransactionLayer(new TransactionContext(wire, clock, TimerValues.RFC3261), tu);

  private SipRequest sent() {
    return (SipRequest) wire.sent().get(0).message();
  }

  @Test
  void inviteIsRetransmittedOnTimerADoublingUntilTimerB() {
    layer.sendRequest(ours("INVITE"), UDP_PEER, tu);
    clock.advanceMillis(40_000);
    // §17.1.1.2: A = T1, 2T1, 4T1 … ; B = 64*T1 = 32 s
    assertThat(wire.timesOf("INVITE")).containsExactly(0L, 500L, 1500L, 3500L, 7500L, 15500L, 31500L);
    assertThat(tu.events).containsExactly("timeout");
    assertThat(layer.size()).isZero();
  }

  @Test
  void theLayerAddsAViaWithMagicCookieBranchAndRport() {
    layer.sendRequest(ours("INVITE"), UDP_PEER, tu);
    assertThat(sent().topVia().toString()).matches("SIP/2.0/UDP 203\\.0\\.113\\.1:5060;branch=z9hG4bK[0-9a-f]{16};rport");
  }

  @Test
  void noRetransmissionsOnAReliableTransport() {
    layer.sendRequest(ours("INVITE"), TCP_PEER, tu);
    clock.advanceMillis(31_999);
    assertThat(tu.events).isEmpty();
    clock.advanceMillis(1);
    assertThat(wire.timesOf("INVITE")).containsExactly(0L);
    assertThat(tu.events).containsExactly("timeout");
  }

  @ParameterizedTest(name = "{0}: ACK retransmitted, Timer D = {1} ms")
  @CsvSource({"UDP, 32000", "TCP, 0"})
  void aFailureIsAckedByTheTransactionAndItsRetransmissionsAbsorbed(String transport, long timerD) {
    Peer peer = transport.equals("UDP") ? UDP_PEER : TCP_PEER;
    layer.sendRequest(ours("INVITE"), peer, tu);
    layer.receive(answer(sent(), 180), peer);
    clock.advanceMillis(10_000);
    assertThat(wire.timesOf("INVITE")).containsExactly(0L);   // 1xx stopped Timer A
    layer.receive(answer(sent(), 486), peer);
    SipRequest ack = (SipRequest) wire.last();
    assertThat(ack.method()).isEqualTo("ACK");
    assertThat(ack.cseq().toString()).isEqualTo("1 ACK");
    assertThat(ack.topVia()).isEqualTo(sent().topVia());
    assertThat(ack.to().tag()).contains("callee");
    assertThat(ack.requestUri()).isEqualTo(sent().requestUri());
    if (timerD > 0) {
      layer.receive(answer(sent(), 486), peer);
      assertThat(wire.lines()).containsExactly("INVITE", "ACK", "ACK");
      clock.advanceMillis(timerD - 1);
      assertThat(layer.size()).isEqualTo(1);
      clock.advanceMillis(1);
    }
    assertThat(tu.events).containsExactly("response 180", "response 486");
    assertThat(layer.size()).isZero();
  }

  @Test
  void successGoesToTheTuWithItsRetransmissionsUntilTimerM() {
    layer.sendRequest(ours("INVITE"), UDP_PEER, tu);
    layer.receive(answer(sent(), 200), UDP_PEER);
    layer.receive(answer(sent(), 200), UDP_PEER);
    assertThat(wire.lines()).containsExactly("INVITE");   // the TU, not the transaction, ACKs a 2xx
    assertThat(tu.events).containsExactly("response 200", "response 200");
    clock.advanceMillis(32_000);
    assertThat(layer.size()).isZero();
    layer.receive(answer(sent(), 200), UDP_PEER);
    assertThat(tu.events).last().isEqualTo("stray 200");
  }

  @Test
  void aTransportFailureReachesTheTu() {
    wire.failing(true);
    layer.sendRequest(ours("OPTIONS"), TCP_PEER, tu);
    assertThat(tu.events).containsExactly("transport error");
    assertThat(layer.size()).isZero();
  }

  @Test
  void nonInviteIsRetransmittedOnTimerECappedAtT2UntilTimerF() {
    layer.sendRequest(ours("OPTIONS"), UDP_PEER, tu);
    clock.advanceMillis(40_000);
    assertThat(wire.timesOf("OPTIONS")).containsExactly(0L, 500L, 1500L, 3500L, 7500L, 11500L, 15500L, 19500L,
        23500L, 27500L, 31500L);
    assertThat(tu.events).containsExactly("timeout");
  }

  @Test
  void afterAProvisionalTimerEUsesT2() {
    layer.sendRequest(ours("BYE"), UDP_PEER, tu);
    clock.advanceMillis(600);
    layer.receive(answer(sent(), 100), UDP_PEER);
    clock.advanceMillis(9_400);
    assertThat(wire.timesOf("BYE")).containsExactly(0L, 500L, 1500L, 5500L, 9500L);
    layer.receive(answer(sent(), 200), UDP_PEER);
    layer.receive(answer(sent(), 200), UDP_PEER);
    assertThat(tu.events).containsExactly("response 100", "response 200");
    clock.advanceMillis(4_999);
    assertThat(layer.size()).isEqualTo(1);
    clock.advanceMillis(1);   // Timer K = T4
    assertThat(layer.size()).isZero();
    assertThat(wire.timesOf("BYE")).hasSize(5);
  }

  @Test
  void cancelWaitsForAProvisionalThenCopiesTheInvite() {
    var invite = layer.sendRequest(ours("INVITE"), UDP_PEER, tu);
    assertThat(layer.cancel(invite, tu)).isTrue();
    assertThat(wire.lines()).containsExactly("INVITE");
    layer.receive(answer(sent(), 180), UDP_PEER);
    assertThat(wire.lines()).containsExactly("INVITE", "CANCEL");
    SipRequest cancel = (SipRequest) wire.last();
    assertThat(cancel.topVia()).isEqualTo(sent().topVia());
    assertThat(cancel.cseq().toString()).isEqualTo("1 CANCEL");
    assertThat(cancel.to().tag()).isEmpty();
    layer.receive(answer(cancel, 200), UDP_PEER);
    layer.receive(answer(sent(), 487), UDP_PEER);
    assertThat(tu.events).containsExactly("response 180", "response 200", "response 487");
    assertThat(wire.lines()).containsExactly("INVITE", "CANCEL", "ACK");
    clock.advanceMillis(40_000);
    assertThat(layer.size()).isZero();
    assertThat(layer.cancel(invite, tu)).isFalse();
  }
}
