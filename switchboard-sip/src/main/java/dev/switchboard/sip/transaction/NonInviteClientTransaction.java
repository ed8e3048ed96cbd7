package dev.switchboard.sip.transaction;

import static dev.switchboard.sip.transaction.Action.Step.PASS_TO_TU;
import static dev.switchboard.sip.transaction.Action.Step.REPORT_TIMEOUT;
import static dev.switchboard.sip.transaction.Action.Step.REPORT_TRANSPORT_ERROR;
import static dev.switchboard.sip.transaction.Action.Step.SEND_REQUEST;
import static dev.switchboard.sip.transaction.Action.backoff;
import static dev.switchboard.sip.transaction.Action.start;
import static dev.switchboard.sip.transaction.Action.stop;
import static dev.switchboard.sip.transaction.TimerName.E;
import static dev.switchboard.sip.transaction.TimerName.F;
import static dev.switchboard.sip.transaction.TimerName.K;

import dev.switchboard.sip.message.SipMessage;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.transport.Peer;
import java.util.List;

/**
 * The non-INVITE client transaction, RFC 3261 §17.1.2 (Figure 6): Timer E retransmits (doubling to T2, at T2
 * once a provisional came), Timer F times out, the first final goes to the TU and later copies are absorbed
 * until Timer K.
 */
public final class NonInviteClientTransaction extends TransactionMachine<NonInviteClientTransaction.State>
    implements ClientTransaction {
  /** The states of Figure 6. */
  public enum State { TRYING, PROCEEDING, COMPLETED, TERMINATED }

  private static final List<State> LIVE = List.of(State.TRYING, State.PROCEEDING);

  static final StateTable<State> TABLE = StateTable.builder(State.class)
      .on(State.TRYING, Event.START).go(State.TRYING, SEND_REQUEST, start(E), start(F))
      .on(State.TRYING, Event.TIMER_E).go(State.TRYING, SEND_REQUEST, backoff(E))
      .on(State.PROCEEDING, Event.TIMER_E).go(State.PROCEEDING, SEND_REQUEST, new Action.AtT2(E))
      .on(LIVE, Event.TIMER_F).go(State.TERMINATED, REPORT_TIMEOUT)
      .on(LIVE, Event.PROVISIONAL).go(State.PROCEEDING, PASS_TO_TU)
      .on(LIVE, Event.SUCCESS).go(State.COMPLETED, stop(E), stop(F), PASS_TO_TU, start(K))
      .on(LIVE, Event.FAILURE).go(State.COMPLETED, stop(E), stop(F), PASS_TO_TU, start(K))
      .on(State.COMPLETED, Event.TIMER_K).go(State.TERMINATED)
      .on(LIVE, Event.TRANSPORT_ERROR).go(State.TERMINATED, REPORT_TRANSPORT_ERROR)
      .build();

  private final SipRequest request;
  private final ClientTransactionUser tu;

  NonInviteClientTransaction(TransactionContext context, SipRequest request, Peer peer, ClientTransactionUser tu,
      Runnable onTerminated) {
    super(context, peer, TABLE, State.TRYING, State.TERMINATED, onTerminated);
    this.request = request;
    this.tu = tu;
  }

  @Override public SipRequest request() { return request; }

  void begin() { fire(Event.START, request); }

  void onResponse(SipResponse response) { fire(Event.forStatus(response.status()), response); }

  @Override protected void perform(Action.Step step, SipMessage message, List<Runnable> after) {
    switch (step) {
      case SEND_REQUEST -> send(request);
      case PASS_TO_TU -> after.add(() -> tu.onResponse(this, (SipResponse) message));
      case REPORT_TIMEOUT -> after.add(() -> tu.onTimeout(this));
      case REPORT_TRANSPORT_ERROR -> after.add(() -> tu.onTransportError(this));
      default -> throw new IllegalStateException(step + " in a non-INVITE client transaction");
    }
  }
}
