package dev.switchboard.sip.dialog;

import dev.switchboard.sip.message.Body;
import dev.switchboard.sip.message.CSeq;
import dev.switchboard.sip.message.HeaderNames;
import dev.switchboard.sip.message.Headers;
import dev.switchboard.sip.message.NameAddress;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.message.SipUri;
import dev.switchboard.sip.transport.Peer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One dialog's state (RFC 3261 §12.1, §12.2): ids, local and remote URI, remote target, route set, CSeq
 * numbers, the local SDP last sent (re-INVITEs are answered with it), and the peer to send to. Strict routing
 * (a route set whose first element lacks {@code ;lr}, §12.2.1.1) is not supported: such routes are used as if
 * loose. Thread-safe: all state changes are synchronized.
 */
public final class Dialog {
  /** §12: early (after a 1xx with tag), confirmed (2xx), terminated. */
  public enum State { EARLY, CONFIRMED, TERMINATED }

  private final DialogId id;
  private final NameAddress local;
  private final NameAddress remote;
  private final List<NameAddress> routeSet;
  private final boolean uas;
  private final Peer peer;
  private final SipUri localContact;
  private SipUri remoteTarget;
  private long localSeq;
  private long remoteSeq;
  private State state;
  private Body localSdp;

  private Dialog(DialogId id, NameAddress local, NameAddress remote, List<NameAddress> routeSet, boolean uas,
      Peer peer, SipUri localContact, SipUri remoteTarget, long localSeq, long remoteSeq, State state) {
    this.id = id;
    this.local = local;
    this.remote = remote;
    this.routeSet = Collections.unmodifiableList(routeSet);
    this.uas = uas;
    this.peer = peer;
    this.localContact = localContact;
    this.remoteTarget = remoteTarget;
    this.localSeq = localSeq;
    this.remoteSeq = remoteSeq;
    this.state = state;
    this.localSdp = Body.EMPTY;
  }

  /**
   * The UAS side (§12.1.1), from the INVITE and our 2xx: route set = Record-Route in order, remote target =
   * the INVITE's Contact, remote CSeq = the INVITE's; our local CSeq starts at 0 (first request uses 1).
   */
  public static Dialog asUas(SipRequest invite, SipResponse answer, Peer source, SipUri localContact) {
    NameAddress local = answer.to();
    NameAddress remote = invite.from();
    SipUri target = invite.contact().map(NameAddress::uri).orElse(remote.uri());
    DialogId id = new DialogId(invite.callId(), local.tag().orElseThrow(), remote.tag().orElse(""));
    return new Dialog(id, local, remote, new ArrayList<>(invite.recordRoutes()), true, source, localContact,
        target, 0, invite.cseq().number(), answer.isSuccess() ? State.CONFIRMED : State.EARLY);
  }

  /**
   * The UAC side (§12.1.2), from our INVITE and a 2xx (or 1xx with tag): route set = Record-Route reversed,
   * remote target = the response's Contact, local CSeq = the INVITE's, remote CSeq empty.
   */
  public static Dialog asUac(SipRequest invite, SipResponse response, Peer peer, SipUri localContact) {
    List<NameAddress> routes = new ArrayList<>(response.recordRoutes());
    Collections.reverse(routes);
    NameAddress remote = response.to();
    SipUri target = response.contact().map(NameAddress::uri).orElse(invite.requestUri());
    DialogId id = new DialogId(invite.callId(), invite.from().tag().orElseThrow(), remote.tag().orElse(""));
    return new Dialog(id, invite.from(), remote, routes, false, peer, localContact, target,
        invite.cseq().number(), -1, response.isSuccess() ? State.CONFIRMED : State.EARLY);
  }

  /**
   * A request inside the dialog (§12.2.1.1): Request-URI = remote target, Route = route set, From/To with
   * tags, Call-ID, the next local CSeq (ACK and CANCEL reuse the INVITE's number: pass {@code reuseSeq}),
   * Contact. No Via: the transaction layer adds it.
   */
  public synchronized SipRequest newRequest(String method, long reuseSeq) {
    long seq = reuseSeq > 0 ? reuseSeq : ++localSeq;
    Headers h = Headers.EMPTY.with(HeaderNames.MAX_FORWARDS, "70")
        .with(HeaderNames.FROM, local.toString()).with(HeaderNames.TO, remote.toString())
        .with(HeaderNames.CALL_ID, id.callId()).with(HeaderNames.CSEQ, new CSeq(seq, method).toString());
    for (NameAddress route : routeSet) {
      h = h.with(HeaderNames.ROUTE, route.toString());
    }
    if (!method.equals(SipRequest.BYE) && !method.equals(SipRequest.CANCEL)) {
      h = h.with(HeaderNames.CONTACT, NameAddress.of(localContact).toString());
    }
    return new SipRequest(method, remoteTarget, h);
  }

  /** §12.2.2: a remote CSeq lower than the last one is refused (answer 500); otherwise it is recorded. */
  public synchronized boolean acceptRemoteSeq(CSeq cseq) {
    if (remoteSeq >= 0 && cseq.number() < remoteSeq) {
      return false;
    }
    remoteSeq = cseq.number();
    return true;
  }

  /** A target refresh (re-INVITE, UPDATE, §12.2.2) moves the remote target to the new Contact. */
  public synchronized void refreshTarget(SipRequest request) {
    request.contact().ifPresent(c -> remoteTarget = c.uri());
  }

  public synchronized void confirm() {
    if (state == State.EARLY) {
      state = State.CONFIRMED;
    }
  }

  /** Marks the dialog ended; true the first time. */
  public synchronized boolean terminate() {
    if (state == State.TERMINATED) {
      return false;
    }
    state = State.TERMINATED;
    return true;
  }

  public synchronized void localSdp(Body sdp) { localSdp = sdp; }

  public synchronized Body localSdp() { return localSdp; }

  public synchronized State state() { return state; }

  public synchronized SipUri remoteTarget() { return remoteTarget; }

  public synchronized long localSeq() { return localSeq; }

  public synchronized long remoteSeq() { return remoteSeq; }

  public DialogId id() { return id; }

  public List<NameAddress> routeSet() { return routeSet; }

  public boolean isUas() { return uas; }

  /** Where in-dialog requests go: the peer the dialog was set up with (symmetric, NAT-friendly). */
  public Peer peer() { return peer; }

  public NameAddress local() { return local; }

  public NameAddress remote() { return remote; }

  @Override public String toString() { return "Dialog" + id + " " + state(); }
}
