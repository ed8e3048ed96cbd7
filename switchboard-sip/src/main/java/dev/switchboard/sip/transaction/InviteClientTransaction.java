package dev.switchboard.sip.transaction;

import static dev.switchboard.sip.transaction.Action.Step.PASS_TO_TU;
import static dev.switchboard.sip.transaction.Action.Step.REPORT_TIMEOUT;
import static dev.switchboard.sip.transaction.Action.Step.REPORT_TRANSPORT_ERROR;
import static dev.switchboard.sip.transaction.Action.Step.SEND_ACK;
import static dev.switchboard.sip.transaction.Action.Step.SEND_REQUEST;
import static dev.switchboard.sip.transaction.Action.backoff;
import static dev.switchboard.sip.transaction.Action.start;
import static dev.switchboard.sip.transaction.Action.stop;
import static dev.switchboard.sip.transaction.TimerName.A;
import static dev.switchboard.sip.transaction.TimerName.B;
import static dev.switchboard.sip.transaction.TimerName.D;
import static dev.switchboard.sip.transaction.TimerName.M;

import dev.switchboard.sip.message.SipMessage;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.transport.Peer;
import java.util.List;

/**
 * The INVITE client transaction, RFC 3261 §17.1.1 (Figure 5) with RFC 6026 §7.2's Accepted state: a 2xx
 * goes to the TU, which ACKs it; 2xx retransmissions until Timer M also go to the TU. A non-2xx final is ACKed
 * here (§17.1.1.3) and its retransmissions are absorbed until Timer D. A CANCEL asked for while still Calling
 * waits for the first provisional (§9.1).
 */
public final class InviteClientTransaction extends TransactionMachine<InviteClientTransaction.State>
    implements ClientTransaction {
  /** The states of Figure 5 plus Accepted. */
  public enum State { CALLING, PROCEEDING, COMPLETED, ACCEPTED, TERMINATED }

  static final StateTable<State> TABLE = StateTable.builder(State.class)
      .on(State.CALLING, Event.START).go(State.CALLING, SEND_REQUEST, start(A), start(B))
      .on(State.CALLING, Event.TIMER_A).go(State.CALLING, SEND_REQUEST, backoff(A))
      .on(State.CALLING, Event.TIMER_B).go(State.TERMINATED, REPORT_TIMEOUT)
      .on(State.CALLING, Event.PROVISIONAL).go(State.PROCEEDING, stop(A), stop(B), PASS_TO_TU)
      .on(State.PROCEEDING, Event.PROVISIONAL).go(State.PROCEEDING, PASS_TO_TU)
      .on(List.of(State.CALLING, State.PROCEEDING), Event.FAILURE)
          .go(State.COMPLETED, stop(A), stop(B), SEND_ACK, PASS_TO_TU, start(D))
      .on(List.of(State.CALLING, State.PROCEEDING), Event.SUCCESS)
          .go(State.ACCEPTED, stop(A), stop(B), PASS_TO_TU, start(M))
      .on(State.COMPLETED, Event.FAILURE).go(State.COMPLETED, SEND_ACK)
      .on(State.COMPLETED, Event.TIMER_D).go(State.TERMINATED)
      .on(State.ACCEPTED, Event.SUCCESS).go(State.ACCEPTED, PASS_TO_TU)
      .on(State.ACCEPTED, Event.TIMER_M).go(State.TERMINATED)
      .on(List.of(State.CALLING, State.PROCEEDING), Event.TRANSPORT_ERROR)
          .go(State.TERMINATED, REPORT_TRANSPORT_ERROR)
      .on(State.COMPLETED, Event.TRANSPORT_ERROR).go(State.TERMINATED)
      .build();

  private final SipRequest request;
  private final ClientTransactionUser tu;
  private Runnable pendingCancel;

  InviteClientTransaction(TransactionContext context, SipRequest request, Peer peer, ClientTransactionUser tu,
      Runnable onTerminated) {
    super(context, peer, TABLE, State.CALLING, State.TERMINATED, onTerminated);
    this.request = request;
    this.tu = tu;
  }

  @Override public SipRequest request() { return request; }

  void begin() { fire(Event.START, request); }

  void onResponse(SipResponse response) { fire(Event.forStatus(response.status()), response); }

  /** Runs {@code sendCancel} now if a provisional came, after the first one if still Calling; else never. */
  boolean requestCancel(Runnable sendCancel) {
    boolean now;
    lock().lock();
    try {
      switch (state()) {
        case CALLING -> {
          pendingCancel = sendCancel;
          now = false;
        }
        case PROCEEDING -> now = true;
        default -> {
          return false;
        }
      }
    } finally {
      lock().unlock();
    }
    if (now) {
      sendCancel.run();
    }
    return true;
  }

  @Override protected void perform(Action.Step step, SipMessage message, List<Runnable> after) {
    switch (step) {
      case SEND_REQUEST -> send(request);
      case SEND_ACK -> send(AckForFailure.build(request, (SipResponse) message));
      case PASS_TO_TU -> {
        SipResponse response = (SipResponse) message;
        after.add(() -> tu.onResponse(this, response));
        if (pendingCancel != null && response.isProvisional()) {
          after.add(pendingCancel);
          pendingCancel = null;
        }
      }
      case REPORT_TIMEOUT -> after.add(() -> tu.onTimeout(this));
      case REPORT_TRANSPORT_ERROR -> after.add(() -> tu.onTransportError(this));
      default -> throw new IllegalStateException(step + " in an INVITE client transaction");
    }
  }
}
