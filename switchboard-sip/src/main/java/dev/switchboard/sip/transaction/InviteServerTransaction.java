package dev.switchboard.sip.transaction;

import static dev.switchboard.sip.transaction.Action.Step.PASS_TO_TU;
import static dev.switchboard.sip.transaction.Action.Step.REPORT_TIMEOUT;
import static dev.switchboard.sip.transaction.Action.Step.SEND_LAST_RESPONSE;
import static dev.switchboard.sip.transaction.Action.Step.SEND_RESPONSE;
import static dev.switchboard.sip.transaction.Action.Step.SEND_TRYING;
import static dev.switchboard.sip.transaction.Action.backoff;
import static dev.switchboard.sip.transaction.Action.start;
import static dev.switchboard.sip.transaction.Action.stop;
import static dev.switchboard.sip.transaction.TimerName.G;
import static dev.switchboard.sip.transaction.TimerName.H;
import static dev.switchboard.sip.transaction.TimerName.I;
import static dev.switchboard.sip.transaction.TimerName.L;

import dev.switchboard.sip.message.Responses;
import dev.switchboard.sip.message.SipMessage;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.transport.Peer;
import java.util.List;
import java.util.Optional;

/**
 * The INVITE server transaction, RFC 3261 §17.2.1 (Figure 7) with RFC 6026 §7.1's Accepted state. 100
 * Trying goes out at once (the TU's first answer depends on a webhook, so it cannot promise one within 200 ms).
 * Retransmitted INVITEs get the last response again; a non-2xx final is retransmitted on Timer G until the ACK
 * (absorbed in Confirmed until Timer I) or Timer H. After a 2xx the TU retransmits it (§13.3.1.4) through
 * {@link #respond}; INVITE retransmissions are absorbed and a matching ACK is handed to the TU until Timer L.
 */
public final class InviteServerTransaction extends TransactionMachine<InviteServerTransaction.State>
    implements ServerTransaction {
  /** The states of Figure 7 plus Accepted. */
  public enum State { PROCEEDING, COMPLETED, CONFIRMED, ACCEPTED, TERMINATED }

  static final StateTable<State> TABLE = StateTable.builder(State.class)
      .on(State.PROCEEDING, Event.START).go(State.PROCEEDING, SEND_TRYING, PASS_TO_TU)
      .on(State.PROCEEDING, Event.REQUEST_RETRANSMITTED).go(State.PROCEEDING, SEND_LAST_RESPONSE)
      .on(State.PROCEEDING, Event.PROVISIONAL).go(State.PROCEEDING, SEND_RESPONSE)
      .on(State.PROCEEDING, Event.SUCCESS).go(State.ACCEPTED, SEND_RESPONSE, start(L))
      .on(State.PROCEEDING, Event.FAILURE).go(State.COMPLETED, SEND_RESPONSE, start(G), start(H))
      .on(State.PROCEEDING, Event.TRANSPORT_ERROR).go(State.TERMINATED)
      .on(State.COMPLETED, Event.REQUEST_RETRANSMITTED).go(State.COMPLETED, SEND_LAST_RESPONSE)
      .on(State.COMPLETED, Event.TIMER_G).go(State.COMPLETED, SEND_LAST_RESPONSE, backoff(G))
      .on(State.COMPLETED, Event.TIMER_H).go(State.TERMINATED, REPORT_TIMEOUT)
      .on(State.COMPLETED, Event.ACK).go(State.CONFIRMED, stop(G), stop(H), start(I))
      .on(State.COMPLETED, Event.TRANSPORT_ERROR).go(State.TERMINATED)
      .on(State.CONFIRMED, Event.ACK).go(State.CONFIRMED)
      .on(State.CONFIRMED, Event.TIMER_I).go(State.TERMINATED)
      .on(State.ACCEPTED, Event.REQUEST_RETRANSMITTED).go(State.ACCEPTED)
      .on(State.ACCEPTED, Event.SUCCESS).go(State.ACCEPTED, SEND_RESPONSE)
      .on(State.ACCEPTED, Event.ACK).go(State.ACCEPTED, PASS_TO_TU)
      .on(State.ACCEPTED, Event.TIMER_L).go(State.TERMINATED)
      .build();

  private final SipRequest request;
  private final TransactionUser tu;
  private SipResponse lastResponse;

  InviteServerTransaction(TransactionContext context, SipRequest request, Peer peer, TransactionUser tu,
      Runnable onTerminated) {
    super(context, peer, TABLE, State.PROCEEDING, State.TERMINATED, onTerminated);
    this.request = request;
    this.tu = tu;
  }

  @Override public SipRequest request() { return request; }

  @Override public boolean respond(SipResponse response) {
    return fire(Event.forStatus(response.status()), response);
  }

  void begin() { fire(Event.START, request); }

  void retransmitted() { fire(Event.REQUEST_RETRANSMITTED, request); }

  void ack(SipRequest ack) { fire(Event.ACK, ack); }

  /** The To tag of the last response sent, so a 487 after CANCEL keeps the early dialog's tag. */
  Optional<String> lastToTag() {
    lock().lock();
    try {
      return lastResponse == null ? Optional.empty() : lastResponse.to().tag();
    } finally {
      lock().unlock();
    }
  }

  @Override protected void perform(Action.Step step, SipMessage message, List<Runnable> after) {
    switch (step) {
      case SEND_TRYING -> {
        lastResponse = Responses.to(request, 100, "");
        send(lastResponse);
      }
      case SEND_RESPONSE -> {
        lastResponse = (SipResponse) message;
        send(lastResponse);
      }
      case SEND_LAST_RESPONSE -> send(lastResponse);
      case PASS_TO_TU -> {
        SipRequest received = (SipRequest) message;
        after.add(received.isAck() ? () -> tu.onAck(received, peer) : () -> tu.onRequest(this, received));
      }
      case REPORT_TIMEOUT -> after.add(() -> tu.onServerTimeout(this));
      default -> throw new IllegalStateException(step + " in an INVITE server transaction");
    }
  }
}
