package dev.switchboard.sip.dialog;

import dev.switchboard.sip.message.Body;
import dev.switchboard.sip.message.HeaderNames;
import dev.switchboard.sip.message.NameAddress;
import dev.switchboard.sip.message.Responses;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.registrar.Registrar;
import dev.switchboard.sip.time.SipScheduler;
import dev.switchboard.sip.transaction.ClientTransaction;
import dev.switchboard.sip.transaction.ClientTransactionUser;
import dev.switchboard.sip.transaction.ServerTransaction;
import dev.switchboard.sip.transaction.TransactionLayer;
import dev.switchboard.sip.transaction.TransactionUser;
import dev.switchboard.sip.transport.Peer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UA core over the transaction layer (RFC 3261 §8.2, §12, §13.3; RFC 4028). Out of a dialog: INVITE goes to
 * the {@link SipApplication}, OPTIONS gets 200 with Allow/Supported, anything else with a To tag or a BYE gets
 * 481. Before any of that, an unknown Require gets 420 with Unsupported (§8.2.2.3), an unknown method 501, a
 * too-small Session-Expires 422 with Min-SE. In a dialog: a lower CSeq gets 500 (§12.2.2); BYE 200 and the
 * dialog ends; re-INVITE 200 with the current SDP (target refresh, session timer restarted); OPTIONS, INFO and
 * UPDATE 200. Our 2xx is retransmitted until its ACK (§13.3.1.4); with none after 64*T1 we send BYE. As a UAC,
 * {@link #invite} places calls ({@link OutgoingCall}); their dialogs live in the same table. REGISTER goes to the
 * attached {@link Registrar} (501 without one). Thread-safe.
 *
 * <p>Construction: {@code new DialogLayer(config, scheduler, app)}, then {@code attach(transactionLayer)} and,
 * for a registrar, {@code attach(new Registrar(policy, store, scheduler, RegistrarConfig.twilio(secret)))}.
 */
public final class DialogLayer implements TransactionUser {
  private static final List<String> METHODS = List.of("INVITE", "ACK", "CANCEL", "BYE", "OPTIONS", "INFO", "UPDATE");

  private final DialogConfig config;
  private final SipScheduler scheduler;
  private final SipApplication app;
  private final Map<DialogId, DialogTimers> dialogs = new ConcurrentHashMap<>();
  private final Map<ServerTransaction, IncomingInvite> pending = new ConcurrentHashMap<>();
  private volatile TransactionLayer transactions;
  private volatile Registrar registrar;

  public DialogLayer(DialogConfig config, SipScheduler scheduler, SipApplication app) {
    this.config = config;
    this.scheduler = scheduler;
    this.app = app;
  }

  /** Connects the layer below (the two refer to each other). Call once before traffic. */
  public void attach(TransactionLayer layer) {
    this.transactions = layer;
  }

  /**
   * Hands REGISTER requests to {@code registrar} from now on (RFC 3261 §10.3); without one they get 501. Call
   * before traffic, like {@link #attach}.
   */
  public void attach(Registrar registrar) {
    this.registrar = registrar;
  }

  /**
   * Places a call (RFC 3261 §13.2): sends the INVITE now and returns the call, whose outcome arrives on
   * {@code listener}; once answered, the dialog's events reach the {@link SipApplication} like a UAS dialog's.
   * Blocks only while a TCP/TLS connection to the peer is opened (at most 5 s); call from a virtual thread.
   */
  public OutgoingCall invite(OutgoingInvite invite, OutgoingCall.Listener listener) {
    OutgoingCall call = new OutgoingCall(this, invite, listener);
    call.start();
    return call;
  }

  /** Registers the dialog of an answered outgoing call and starts its session timer (RFC 4028 §7.2). */
  void adoptUac(Dialog dialog, SipResponse ok) {
    DialogTimers entry = new DialogTimers(dialog, this);
    dialogs.put(dialog.id(), entry);
    entry.session(SessionTimers.fromAnswer(ok).orElse(null));
  }

  TransactionLayer transactions() { return transactions; }

  DialogConfig config() { return config; }

  public Optional<Dialog> dialog(DialogId id) {
    return Optional.ofNullable(dialogs.get(id)).map(DialogTimers::dialog);
  }

  public int dialogCount() { return dialogs.size(); }

  @Override public void onRequest(ServerTransaction txn, SipRequest request) {
    Registrar registrarNow = registrar;
    boolean register = request.method().equals(SipRequest.REGISTER) && registrarNow != null;
    if (!METHODS.contains(request.method()) && !register) {
      txn.respond(Responses.to(request, 501, "sb").with(HeaderNames.ALLOW, DialogConfig.ALLOW));
      return;
    }
    List<String> unsupported = request.headers().tokens(HeaderNames.REQUIRE).stream()
        .filter(tag -> !config.supported().contains(tag)).toList();
    if (!unsupported.isEmpty()) {
      txn.respond(Responses.to(request, 420, "sb").with(HeaderNames.UNSUPPORTED, String.join(", ", unsupported)));
      return;
    }
    if (request.isInvite() || request.method().equals(SipRequest.UPDATE)) {
      Optional<Integer> minSe = SessionTimers.tooSmall(request, config.minSessionExpires());
      if (minSe.isPresent()) {
        txn.respond(Responses.to(request, 422, "sb").with(HeaderNames.MIN_SE, Integer.toString(minSe.get())));
        return;
      }
    }
    if (register) {
      registrarNow.onRegister(txn, request);
    } else if (request.to().tag().isPresent()) {
      inDialog(txn, request);
    } else if (request.isInvite()) {
      IncomingInvite invite = new IncomingInvite(this, txn, txn.peer());
      pending.put(txn, invite);
      app.onInvite(invite);
    } else if (request.method().equals(SipRequest.OPTIONS)) {
      txn.respond(capabilities(Responses.to(request, 200, "sb")));
    } else {
      txn.respond(Responses.to(request, 481, "sb"));
    }
  }

  private void inDialog(ServerTransaction txn, SipRequest request) {
    DialogTimers entry = dialogs.get(new DialogId(request.callId(), request.to().tag().orElseThrow(),
        request.from().tag().orElse("")));
    if (entry == null) {
      txn.respond(Responses.to(request, 481, ""));
      return;
    }
    Dialog dialog = entry.dialog();
    if (!dialog.acceptRemoteSeq(request.cseq())) {
      txn.respond(Responses.to(request, 500, "").with("Retry-After", "1"));
      return;
    }
    switch (request.method()) {
      case SipRequest.BYE -> {
        txn.respond(Responses.to(request, 200, ""));
        if (end(entry)) {
          app.onBye(dialog);
        }
      }
      case SipRequest.INVITE, SipRequest.UPDATE -> {
        if (request.isInvite() && !request.body().isEmpty()) {
          Optional<Body> answer = app.answerReinvite(dialog, request);   // a new offer (hold, resume, new address)
          if (answer.isEmpty()) {
            txn.respond(Responses.to(request, 488, ""));   // RFC 3261 §14.2: the session stays as it was
            return;
          }
          dialog.localSdp(answer.get());
        }
        dialog.refreshTarget(request);
        SipResponse ok = Responses.to(request, 200, "")
            .with(HeaderNames.CONTACT, NameAddress.of(config.contact()).toString());
        if (request.isInvite() && !dialog.localSdp().isEmpty()) {
          ok = ok.with(HeaderNames.CONTENT_TYPE, "application/sdp").withBody(dialog.localSdp());
        }
        Optional<SessionTimers.Session> session = SessionTimers.negotiate(request, config);
        if (session.isPresent()) {
          ok = SessionTimers.apply(ok, request, session.get());
        }
        if (request.isInvite()) {
          entry.awaitAck(txn, ok);   // before the 2xx leaves, as for the first INVITE
        }
        txn.respond(ok);
        entry.session(session.orElse(null));
        if (request.isInvite()) {
          app.onReinvite(dialog, request);
        }
      }
      case SipRequest.INFO -> {
        txn.respond(Responses.to(request, 200, ""));
        app.onInfo(dialog, request);
      }
      default -> txn.respond(capabilities(Responses.to(request, 200, "")));
    }
  }

  Optional<Dialog> answer(IncomingInvite invite, Body sdp) {
    SipRequest request = invite.request();
    SipResponse ok = capabilities(Responses.to(request, 200, invite.toTag()))
        .with(HeaderNames.CONTACT, NameAddress.of(config.contact()).toString());
    if (!sdp.isEmpty()) {
      ok = ok.with(HeaderNames.CONTENT_TYPE, "application/sdp").withBody(sdp);
    }
    Optional<SessionTimers.Session> session = SessionTimers.negotiate(request, config);
    if (session.isPresent()) {
      ok = SessionTimers.apply(ok, request, session.get());
    }
    Dialog dialog = Dialog.asUas(request, ok, invite.source(), config.contact());
    dialog.localSdp(sdp);
    DialogTimers entry = new DialogTimers(dialog, this);
    dialogs.put(dialog.id(), entry);
    entry.awaitAck(invite.transaction(), ok);   // armed before the 2xx leaves: on loopback its ACK can come at once
    if (!invite.transaction().respond(ok)) {
      entry.cancel();
      dialogs.remove(dialog.id());
      return Optional.empty();
    }
    pending.remove(invite.transaction());
    entry.session(session.orElse(null));
    return Optional.of(dialog);
  }

  /** The application answered an INVITE with a final non-2xx: it no longer waits for a CANCEL. */
  void settled(IncomingInvite invite) {
    pending.remove(invite.transaction());
  }

  @Override public void onAck(SipRequest ack, Peer source) {
    DialogTimers entry = dialogs.get(new DialogId(ack.callId(), ack.to().tag().orElse(""),
        ack.from().tag().orElse("")));
    if (entry != null && entry.acked()) {
      entry.dialog().confirm();
      if (entry.byeHeld()) {   // we hung up before the ACK came: the BYE goes now (§15)
        bye(entry.dialog());
        return;
      }
      app.onConfirmed(entry.dialog());
    }
  }

  /**
   * A 2xx to one of our INVITEs after its transaction ended (RFC 6026 §8.4: past Timer M): when it belongs to a
   * dialog we hold, our ACK was lost, so ACK again (§13.2.2.4); anything else is dropped.
   */
  @Override public void onStrayResponse(SipResponse response, Peer source) {
    if (!response.isSuccess() || !response.cseq().method().equals(SipRequest.INVITE)) {
      return;
    }
    DialogTimers entry = dialogs.get(new DialogId(response.callId(), response.from().tag().orElse(""),
        response.to().tag().orElse("")));
    if (entry != null && !entry.dialog().isUas()) {
      try {
        sendAck(entry.dialog(), entry.dialog().newRequest(SipRequest.ACK, response.cseq().number()));
      } catch (dev.switchboard.sip.transport.SipTransportException e) {
        // the UAS gives up after 64*T1 and hangs up (§13.3.1.4)
      }
    }
  }

  @Override public void onCancelled(ServerTransaction invite, SipRequest cancel) {
    IncomingInvite waiting = pending.remove(invite);
    if (waiting != null) {
      app.onCancelled(waiting);
    }
  }

  /**
   * Hangs up from our side: BYE through a client transaction (§15.1.1); while our 2xx still waits for its ACK the
   * BYE is held until the ACK arrives or the 2xx retransmissions give up (§15). False if the dialog already ended.
   */
  public boolean bye(Dialog dialog) {
    DialogTimers entry = dialogs.get(dialog.id());
    if (entry == null) {
      return false;
    }
    if (entry.holdByeUntilAck()) {
      return true;   // §15: sent when the ACK arrives, or when the 2xx retransmissions give up (64*T1)
    }
    if (!end(entry)) {
      return false;
    }
    sendInDialog(dialog, dialog.newRequest(SipRequest.BYE, 0), IGNORE);
    return true;
  }

  void sendInDialog(Dialog dialog, SipRequest request, ClientTransactionUser user) {
    transactions.sendRequest(request, dialog.peer(), user);
  }

  void sendAck(Dialog dialog, SipRequest ack) {
    transactions.sendAck(ack, dialog.peer());
  }

  /** Ends a dialog for a reason other than a BYE from the far end. */
  void expire(DialogTimers entry, String reason) {
    if (bye(entry.dialog())) {
      app.onEnded(entry.dialog(), reason);
    }
  }

  private boolean end(DialogTimers entry) {
    entry.cancel();
    dialogs.remove(entry.dialog().id());
    return entry.dialog().terminate();
  }

  Duration t1() { return config.timers().t1(); }

  Duration t2() { return config.timers().t2(); }

  SipScheduler scheduler() { return scheduler; }

  private SipResponse capabilities(SipResponse response) {
    return response.with(HeaderNames.ALLOW, registrar == null ? DialogConfig.ALLOW : DialogConfig.ALLOW + ", REGISTER")
        .with(HeaderNames.SUPPORTED, String.join(", ", config.supported().stream().sorted().toList()))
        .with("Accept", "application/sdp").with(HeaderNames.SERVER, config.userAgent());
  }

  static final ClientTransactionUser IGNORE = new ClientTransactionUser() {
    @Override public void onResponse(ClientTransaction transaction, SipResponse response) { }

    @Override public void onTimeout(ClientTransaction transaction) { }
  };
}
