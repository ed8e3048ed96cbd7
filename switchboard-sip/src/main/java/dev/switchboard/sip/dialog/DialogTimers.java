package dev.switchboard.sip.dialog;

import dev.switchboard.sip.message.HeaderNames;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.time.SipScheduler;
import dev.switchboard.sip.transaction.ClientTransaction;
import dev.switchboard.sip.transaction.ClientTransactionUser;
import dev.switchboard.sip.transaction.ServerTransaction;
import java.time.Duration;

/**
 * The timers of one UAS dialog: our 2xx retransmitted at T1, 2T1 … capped at T2 until the ACK, giving up with a
 * BYE after 64*T1 (RFC 3261 §13.3.1.4); and the RFC 4028 session timer: as refresher, a re-INVITE with the
 * current SDP at half the interval (ACKed here; a failed refresh ends the dialog, §10); otherwise a BYE when no
 * refresh arrived by interval − min(32, interval/3).
 */
final class DialogTimers {
  private final Dialog dialog;
  private final DialogLayer layer;
  private SipScheduler.Scheduled retransmit;
  private SipScheduler.Scheduled session;
  private long ackWaitStarted;
  private boolean waitingForAck;
  private boolean byeAfterAck;

  DialogTimers(Dialog dialog, DialogLayer layer) {
    this.dialog = dialog;
    this.layer = layer;
  }

  Dialog dialog() { return dialog; }

  synchronized void awaitAck(ServerTransaction txn, SipResponse ok) {
    cancelRetransmit();
    waitingForAck = true;
    ackWaitStarted = layer.scheduler().nowMillis();
    scheduleRetransmit(txn, ok, layer.t1());
  }

  private void scheduleRetransmit(ServerTransaction txn, SipResponse ok, Duration interval) {
    retransmit = layer.scheduler().schedule(interval, () -> {
      synchronized (this) {
        if (!waitingForAck) {
          return;
        }
        long waited = layer.scheduler().nowMillis() - ackWaitStarted;
        if (waited >= layer.t1().multipliedBy(64).toMillis()) {
          waitingForAck = false;
        } else {
          txn.respond(ok);
          Duration doubled = interval.multipliedBy(2);
          Duration next = doubled.compareTo(layer.t2()) > 0 ? layer.t2() : doubled;
          Duration left = layer.t1().multipliedBy(64).minusMillis(waited);
          scheduleRetransmit(txn, ok, next.compareTo(left) > 0 ? left : next);   // give up at exactly 64*T1
          return;
        }
      }
      layer.expire(this, "no ACK for the 2xx (RFC 3261 §13.3.1.4)");
    });
  }

  /**
   * Asks for a BYE while our 2xx still waits for its ACK: RFC 3261 §15 forbids sending it before the ACK (or the
   * end of the 2xx retransmissions), so it is held. True when held; false when the BYE may go now.
   */
  synchronized boolean holdByeUntilAck() {
    if (!waitingForAck) {
      return false;
    }
    byeAfterAck = true;
    return true;
  }

  /** Whether a BYE was held for the ACK that just arrived. */
  synchronized boolean byeHeld() { return byeAfterAck; }

  /** True when this ACK is the first for the current 2xx. */
  synchronized boolean acked() {
    boolean first = waitingForAck;
    waitingForAck = false;
    cancelRetransmit();
    return first;
  }

  synchronized void session(SessionTimers.Session agreed) {
    if (session != null) {
      session.cancel();
      session = null;
    }
    if (agreed == null) {
      return;
    }
    if (agreed.weRefresh()) {
      session = layer.scheduler().schedule(Duration.ofSeconds(agreed.interval() / 2), () -> refresh(agreed));
    } else {
      session = layer.scheduler().schedule(Duration.ofSeconds(agreed.expiryWithoutRefresh()),
          () -> layer.expire(this, "session timer expired (RFC 4028 §10)"));
    }
  }

  private void refresh(SessionTimers.Session agreed) {
    SipRequest reinvite = dialog.newRequest(SipRequest.INVITE, 0)
        .with(HeaderNames.SESSION_EXPIRES, agreed.interval() + ";refresher=uac")
        .with(HeaderNames.SUPPORTED, "timer");
    if (!dialog.localSdp().isEmpty()) {
      reinvite = reinvite.with(HeaderNames.CONTENT_TYPE, "application/sdp").withBody(dialog.localSdp());
    }
    long seq = reinvite.cseq().number();
    layer.sendInDialog(dialog, reinvite, new ClientTransactionUser() {
      @Override public void onResponse(ClientTransaction t, SipResponse response) {
        if (response.isSuccess()) {
          layer.sendAck(dialog, dialog.newRequest(SipRequest.ACK, seq));
          session(agreed);
        } else if (response.isFinal()) {
          layer.expire(DialogTimers.this, "session refresh failed with " + response.status());
        }
      }

      @Override public void onTimeout(ClientTransaction t) {
        layer.expire(DialogTimers.this, "session refresh timed out");
      }
    });
  }

  private void cancelRetransmit() {
    if (retransmit != null) {
      retransmit.cancel();
      retransmit = null;
    }
  }

  synchronized void cancel() {
    waitingForAck = false;
    cancelRetransmit();
    if (session != null) {
      session.cancel();
      session = null;
    }
  }
}
