package dev.switchboard.sip.dialog;

import dev.switchboard.sip.auth.DigestClient;
import dev.switchboard.sip.message.CSeq;
import dev.switchboard.sip.message.HeaderNames;
import dev.switchboard.sip.message.Headers;
import dev.switchboard.sip.message.NameAddress;
import dev.switchboard.sip.message.SipHeader;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.time.SipScheduler;
import dev.switchboard.sip.transaction.ClientTransaction;
import dev.switchboard.sip.transaction.ClientTransactionUser;
import dev.switchboard.sip.transaction.Ids;
import dev.switchboard.sip.transport.SipTransportException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One INVITE we sent (RFC 3261 §13.2) until its final outcome: provisionals go to the listener; a 401/407 is
 * answered once with the credentials (§22.2: CSeq + 1, new branch); a 422 is retried once with the Min-SE it
 * names (RFC 4028 §7.4); the first 2xx is ACKed here (§13.2.2.4: the ACK for a 2xx is the TU's, end to end, with
 * its own branch) and becomes a UAC {@link Dialog} registered in the {@link DialogLayer}, so BYE, re-INVITE and
 * session timers then work as for UAS dialogs and reach the {@link SipApplication}. A 2xx from another fork
 * (another To tag), or one that arrives after {@link #cancel()}, is ACKed and hung up with BYE at once.
 *
 * <p>Exactly one of {@link Listener#onAnswered} / {@link Listener#onFailed} is called, once. Thread-safe; no
 * method blocks except that the first send may wait for a TCP/TLS connect (at most 5 s).
 */
public final class OutgoingCall implements ClientTransactionUser {
  private static final Logger LOG = Logger.getLogger(OutgoingCall.class.getName());

  /**
   * What happens to the call. Called on the thread that delivered the response or fired the timer (a transport
   * or timer virtual thread; the test's thread on a fake scheduler), outside every lock of the stack; a callback
   * may call back into the stack (cancel, bye) and may block briefly, but holds up only its own message.
   */
  public interface Listener {
    /** A provisional response other than 100 (180 Ringing, 183 with early SDP in {@code body()}). */
    default void onProvisional(SipResponse response) {}

    /** The first 2xx: the dialog is confirmed (ACK sent) and registered; hang up with {@link DialogLayer#bye}. */
    void onAnswered(Dialog dialog, SipResponse response);

    /**
     * The call ended without an answer: {@code status} is the final response's code with that response (read
     * its X- headers), or 408 with none for Timer B, 503 with none when the transport failed, 487 with none when
     * {@link #cancel()} was asked for and no final response came or a 2xx raced the CANCEL.
     */
    void onFailed(int status, Optional<SipResponse> response);
  }

  /** Where the call is. */
  public enum State { CALLING, PROCEEDING, ANSWERED, FAILED }

  private final DialogLayer layer;
  private final OutgoingInvite spec;
  private final Listener listener;
  private final String callId;
  private final String fromTag = Ids.newTag();
  private State state = State.CALLING;
  private long currentSeq = 1;
  private ClientTransaction current;
  private boolean cancelRequested;
  private boolean authAnswered;
  private boolean sessionRetried;
  private Dialog dialog;
  private SipRequest ack;
  private SipScheduler.Scheduled cancelGuard;

  OutgoingCall(DialogLayer layer, OutgoingInvite spec, Listener listener) {
    this.layer = layer;
    this.spec = spec;
    this.listener = listener;
    this.callId = spec.callId().orElseGet(() -> Ids.newCallId(layer.config().contact().host()));
  }

  public String callId() { return callId; }

  public String fromTag() { return fromTag; }

  public synchronized State state() { return state; }

  /** The dialog of the answer, once answered. */
  public synchronized Optional<Dialog> dialog() {
    return state == State.ANSWERED ? Optional.of(dialog) : Optional.empty();
  }

  /** The INVITE as last sent (with its Via), once sent. */
  public synchronized Optional<SipRequest> invite() {
    return Optional.ofNullable(current).map(ClientTransaction::request);
  }

  void start() {
    send(build());
  }

  /** The first INVITE (§8.1.1, §13.2.1). */
  SipRequest build() {
    DialogConfig config = layer.config();
    Headers h = Headers.EMPTY.with(HeaderNames.MAX_FORWARDS, "70")
        .with(HeaderNames.FROM, spec.from().withTag(fromTag).toString())
        .with(HeaderNames.TO, spec.to().toString())
        .with(HeaderNames.CALL_ID, callId)
        .with(HeaderNames.CSEQ, new CSeq(1, SipRequest.INVITE).toString())
        .with(HeaderNames.CONTACT, NameAddress.of(config.contact()).toString())
        .with(HeaderNames.ALLOW, DialogConfig.ALLOW)
        .with(HeaderNames.SUPPORTED, String.join(", ", config.supported().stream().sorted().toList()));
    if (config.supported().contains("timer")) {
      h = h.with(HeaderNames.SESSION_EXPIRES, Integer.toString(config.sessionExpires()))
          .with(HeaderNames.MIN_SE, Integer.toString(config.minSessionExpires()));
    }
    h = h.with(HeaderNames.USER_AGENT, config.userAgent());
    for (SipHeader header : spec.requestUri().headers()) {
      h = h.with(header.name(), header.value());
    }
    for (SipHeader header : spec.headers()) {
      h = h.with(header.name(), header.value());
    }
    SipRequest invite = new SipRequest(SipRequest.INVITE, spec.requestUri().withoutHeaders(), h);
    if (!spec.sdp().isEmpty()) {
      invite = invite.with(HeaderNames.CONTENT_TYPE, "application/sdp").withBody(spec.sdp());
    }
    return invite;
  }

  private void send(SipRequest request) {
    ClientTransaction t;
    try {
      t = layer.transactions().sendRequest(request, spec.peer(), this);
    } catch (SipTransportException e) {
      LOG.log(Level.FINE, "cannot send INVITE to " + spec.peer(), e);
      fail(request.cseq().number(), 503);
      return;
    }
    boolean cancelNow;
    synchronized (this) {
      if (request.cseq().number() == currentSeq) {
        current = t;
      }
      cancelNow = cancelRequested && pending() && current == t;
    }
    if (cancelNow) {
      issueCancel(t);
    }
  }

  /**
   * Gives up on the call (§9.1): a CANCEL goes out now if a provisional has arrived, else as soon as one does.
   * The outcome still arrives on the listener: usually {@code onFailed(487, the 487)}; a 2xx that races the
   * CANCEL is ACKed, hung up and reported as {@code onFailed(487, empty)}. False when the call was already
   * answered, failed or cancelled.
   */
  public boolean cancel() {
    ClientTransaction t;
    synchronized (this) {
      if (!pending() || cancelRequested) {
        return false;
      }
      cancelRequested = true;
      t = current;
    }
    if (t != null) {
      issueCancel(t);
    }
    return true;
  }

  private void issueCancel(ClientTransaction t) {
    layer.transactions().cancel(t, DialogLayer.IGNORE);
    // §9.1: with no final response 64*T1 after the CANCEL, the INVITE is given up (Proceeding has no timer).
    SipScheduler.Scheduled guard = layer.scheduler().schedule(layer.t1().multipliedBy(64),
        () -> fail(t.request().cseq().number(), 487));
    synchronized (this) {
      if (cancelGuard != null) {
        cancelGuard.cancel();
      }
      cancelGuard = guard;
    }
  }

  private boolean pending() {
    return state == State.CALLING || state == State.PROCEEDING;
  }

  @Override public void onResponse(ClientTransaction t, SipResponse response) {
    List<Runnable> after = new ArrayList<>(3);
    synchronized (this) {
      long seq = t.request().cseq().number();
      if (response.isSuccess()) {
        success(t, response, after);
      } else if (seq != currentSeq || !pending()) {
        return;   // an earlier, challenged attempt, or a late copy
      } else if (response.isProvisional()) {
        state = State.PROCEEDING;
        if (response.status() > 100 && !cancelRequested) {
          after.add(() -> listener.onProvisional(response));
        }
      } else {
        failure(t, response, after);
      }
    }
    after.forEach(Runnable::run);
  }

  private void success(ClientTransaction t, SipResponse ok, List<Runnable> after) {
    String tag = ok.to().tag().orElse("");
    if (dialog != null && dialog.id().remoteTag().equals(tag)) {
      SipRequest again = ack;
      after.add(() -> sendAck(dialog, again));   // a 2xx retransmission: our ACK was lost (§13.2.2.4)
      return;
    }
    Dialog d = Dialog.asUac(t.request(), ok, spec.peer(), layer.config().contact());
    SipRequest ackForThis = d.newRequest(SipRequest.ACK, t.request().cseq().number());
    if (dialog != null || !pending() || cancelRequested) {
      // §13.2.2.4: another fork's 2xx, or an answer after we gave up: ACK, then end it with BYE.
      boolean report = dialog == null && pending();
      if (report) {
        state = State.FAILED;
        stopGuard();
      }
      after.add(() -> {
        sendAck(d, ackForThis);
        layer.sendInDialog(d, d.newRequest(SipRequest.BYE, 0), DialogLayer.IGNORE);
        if (report) {
          listener.onFailed(487, Optional.empty());
        }
      });
      return;
    }
    d.localSdp(spec.sdp());
    dialog = d;
    ack = ackForThis;
    state = State.ANSWERED;
    stopGuard();
    after.add(() -> {
      layer.adoptUac(d, ok);
      sendAck(d, ackForThis);
      listener.onAnswered(d, ok);
    });
  }

  private void failure(ClientTransaction t, SipResponse response, List<Runnable> after) {
    if (!cancelRequested) {
      Optional<SipRequest> retry = retry(t.request(), response);
      if (retry.isPresent()) {
        currentSeq = retry.get().cseq().number();
        state = State.CALLING;
        current = null;
        after.add(() -> send(retry.get()));
        return;
      }
    }
    state = State.FAILED;
    stopGuard();
    after.add(() -> listener.onFailed(response.status(), Optional.of(response)));
  }

  /** The INVITE to send again after a challenge (once) or a 422 (once), if any. */
  private Optional<SipRequest> retry(SipRequest sent, SipResponse response) {
    int status = response.status();
    if ((status == 401 || status == 407) && spec.credentials().isPresent() && !authAnswered) {
      authAnswered = true;
      OutgoingInvite.Credentials c = spec.credentials().get();
      return DigestClient.answer(sent, response, c.username(), c.password());
    }
    if (status == 422 && !sessionRetried && response.header(HeaderNames.MIN_SE).isPresent()) {
      sessionRetried = true;
      String minSe = response.header(HeaderNames.MIN_SE).get().split(";")[0].trim();
      if (!minSe.chars().allMatch(Character::isDigit) || minSe.isEmpty()) {
        return Optional.empty();
      }
      Headers h = sent.headers().without(HeaderNames.VIA)
          .replacing(HeaderNames.CSEQ, new CSeq(sent.cseq().number() + 1, SipRequest.INVITE).toString())
          .replacing(HeaderNames.SESSION_EXPIRES, minSe).replacing(HeaderNames.MIN_SE, minSe);
      return Optional.of(sent.withHeaders(h));
    }
    return Optional.empty();
  }

  @Override public void onTimeout(ClientTransaction t) {
    fail(t.request().cseq().number(), 408);
  }

  @Override public void onTransportError(ClientTransaction t) {
    fail(t.request().cseq().number(), 503);
  }

  /** Ends the call with no final response to show (Timer B, a transport error, a CANCEL nobody answered). */
  private void fail(long seq, int status) {
    int reported;
    synchronized (this) {
      if (seq != currentSeq || !pending()) {
        return;
      }
      state = State.FAILED;
      stopGuard();
      reported = cancelRequested ? 487 : status;
    }
    listener.onFailed(reported, Optional.empty());
  }

  private void stopGuard() {
    if (cancelGuard != null) {
      cancelGuard.cancel();
      cancelGuard = null;
    }
  }

  private void sendAck(Dialog d, SipRequest ackRequest) {
    try {
      layer.sendAck(d, ackRequest);
    } catch (SipTransportException e) {
      // the UAS retransmits its 2xx and, with no ACK, hangs up after 64*T1 (§13.3.1.4)
      LOG.log(Level.FINE, "ACK to " + d.peer() + " failed", e);
    }
  }

  @Override public String toString() { return "OutgoingCall[" + callId + " " + state() + "]"; }
}
