package dev.switchboard.sip.transaction;

import static dev.switchboard.sip.transaction.Action.Step.PASS_TO_TU;
import static dev.switchboard.sip.transaction.Action.Step.SEND_LAST_RESPONSE;
import static dev.switchboard.sip.transaction.Action.Step.SEND_RESPONSE;
import static dev.switchboard.sip.transaction.Action.start;
import static dev.switchboard.sip.transaction.TimerName.J;

import dev.switchboard.sip.message.SipMessage;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.transport.Peer;
import java.util.List;

/**
 * The non-INVITE server transaction, RFC 3261 §17.2.2 (Figure 8): retransmissions are absorbed while Trying
 * and answered with the last response afterwards; later finals from the TU are discarded; Timer J ends it.
 * Also serves CANCEL, which the layer answers itself (§9.2).
 */
public final class NonInviteServerTransaction extends TransactionMachine<NonInviteServerTransaction.State>
    implements ServerTransaction {
  /** The states of Figure 8. */
  public enum State { TRYING, PROCEEDING, COMPLETED, TERMINATED }

  private static final List<State> LIVE = List.of(State.TRYING, State.PROCEEDING);

  static final StateTable<State> TABLE = StateTable.builder(State.class)
      .on(State.TRYING, Event.START).go(State.TRYING, PASS_TO_TU)
      .on(State.TRYING, Event.REQUEST_RETRANSMITTED).go(State.TRYING)
      .on(LIVE, Event.PROVISIONAL).go(State.PROCEEDING, SEND_RESPONSE)
      .on(LIVE, Event.SUCCESS).go(State.COMPLETED, SEND_RESPONSE, start(J))
      .on(LIVE, Event.FAILURE).go(State.COMPLETED, SEND_RESPONSE, start(J))
      .on(State.PROCEEDING, Event.REQUEST_RETRANSMITTED).go(State.PROCEEDING, SEND_LAST_RESPONSE)
      .on(State.COMPLETED, Event.REQUEST_RETRANSMITTED).go(State.COMPLETED, SEND_LAST_RESPONSE)
      .on(State.COMPLETED, Event.TIMER_J).go(State.TERMINATED)
      .on(List.of(State.PROCEEDING, State.COMPLETED), Event.TRANSPORT_ERROR).go(State.TERMINATED)
      .build();

  private final SipRequest request;
  private final TransactionUser tu;
  private SipResponse lastResponse;

  NonInviteServerTransaction(TransactionContext context, SipRequest request, Peer peer, TransactionUser tu,
      Runnable onTerminated) {
    super(context, peer, TABLE, State.TRYING, State.TERMINATED, onTerminated);
    this.request = request;
    this.tu = tu;
  }

  @Override public SipRequest request() { return request; }

  @Override public boolean respond(SipResponse response) {
    return fire(Event.forStatus(response.status()), response);
  }

  /** Starts without telling the TU (a CANCEL, which the layer answers). */
  void startSilently() { fire(Event.START, null); }

  void begin() { fire(Event.START, request); }

  void retransmitted() { fire(Event.REQUEST_RETRANSMITTED, request); }

  @Override protected void perform(Action.Step step, SipMessage message, List<Runnable> after) {
    switch (step) {
      case SEND_RESPONSE -> {
        lastResponse = (SipResponse) message;
        send(lastResponse);
      }
      case SEND_LAST_RESPONSE -> send(lastResponse);
      case PASS_TO_TU -> {
        if (message != null) {
          after.add(() -> tu.onRequest(this, (SipRequest) message));
        }
      }
      default -> throw new IllegalStateException(step + " in a non-INVITE server transaction");
    }
  }
}
