package dev.switchboard.sip.transaction;

import dev.switchboard.sip.message.CSeq;
import dev.switchboard.sip.message.HeaderNames;
import dev.switchboard.sip.message.Headers;
import dev.switchboard.sip.message.Responses;
import dev.switchboard.sip.message.SipMessage;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.message.Via;
import dev.switchboard.sip.transport.Peer;
import dev.switchboard.sip.transport.SipTransportException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Matches inbound messages to transactions and creates them (RFC 3261 §17.1.3, §17.2.3): a new request starts
 * a server transaction and reaches the {@link TransactionUser}; a retransmission reaches its transaction only;
 * an ACK matches its INVITE transaction or (a 2xx ACK) goes to the TU; a CANCEL gets its own transaction and
 * is answered here: 481 when no INVITE matches, else 200, with 487 for the INVITE if it is still unanswered
 * (§9.2). Responses match client transactions by branch and CSeq method; others go to the TU as strays.
 * Transactions leave the table when they terminate. Thread-safe; {@link #receive} may be called from any
 * number of transport threads.
 */
public final class TransactionLayer {
  private final TransactionContext context;
  private final TransactionUser tu;
  private final Map<TransactionKey, TransactionMachine<?>> servers = new ConcurrentHashMap<>();
  private final Map<TransactionKey, TransactionMachine<?>> clients = new ConcurrentHashMap<>();

  public TransactionLayer(TransactionContext context, TransactionUser tu) {
    this.context = context;
    this.tu = tu;
  }

  /** Entry point from the transports: one parsed message and where it came from. */
  public void receive(SipMessage message, Peer source) {
    switch (message) {
      case SipRequest r -> receiveRequest(r, source);
      case SipResponse r -> receiveResponse(r, source);
    }
  }

  private void receiveRequest(SipRequest raw, Peer source) {
    SipRequest request = ResponseRouting.stamp(raw, source);
    Via top = request.topVia();
    Peer replyTo = ResponseRouting.destination(top, source);
    if (top.branch().orElse("").isEmpty()) {
      if (!request.isAck()) {
        sendQuietly(Responses.to(request, 400, "Missing Via branch (RFC 2543 peers unsupported)", Ids.newTag()),
            replyTo);
      }
      return;
    }
    TransactionKey key = TransactionKey.server(request, top);
    TransactionMachine<?> existing = servers.get(key);
    if (request.isAck()) {
      if (existing instanceof InviteServerTransaction invite) {
        invite.ack(request);
      } else {
        tu.onAck(request, source);
      }
      return;
    }
    switch (existing) {
      case InviteServerTransaction t -> t.retransmitted();
      case NonInviteServerTransaction t -> t.retransmitted();
      case null -> startServer(request, key, replyTo);
      default -> throw new IllegalStateException("unexpected " + existing);
    }
  }

  private void startServer(SipRequest request, TransactionKey key, Peer replyTo) {
    Runnable remove = () -> servers.remove(key);
    if (request.isInvite()) {
      InviteServerTransaction t = new InviteServerTransaction(context, request, replyTo, tu, remove);
      if (servers.putIfAbsent(key, t) == null) {
        t.begin();
      }
      return;
    }
    NonInviteServerTransaction t = new NonInviteServerTransaction(context, request, replyTo, tu, remove);
    if (servers.putIfAbsent(key, t) != null) {
      return;   // a retransmission raced us; the first one answers
    }
    if (!request.method().equals(SipRequest.CANCEL)) {
      t.begin();
      return;
    }
    t.startSilently();
    TransactionMachine<?> target = servers.get(TransactionKey.cancelled(key));
    if (!(target instanceof InviteServerTransaction invite)) {
      t.respond(Responses.to(request, 481, Ids.newTag()));
      return;
    }
    String tag = invite.lastToTag().orElseGet(Ids::newTag);
    t.respond(Responses.to(request, 200, tag));
    if (invite.respond(Responses.to(invite.request(), 487, tag))) {
      tu.onCancelled(invite, request);
    }
  }

  private void receiveResponse(SipResponse response, Peer source) {
    switch (clients.get(TransactionKey.client(response))) {
      case InviteClientTransaction t -> t.onResponse(response);
      case NonInviteClientTransaction t -> t.onResponse(response);
      case null -> tu.onStrayResponse(response, source);
      default -> throw new IllegalStateException("unexpected client transaction");
    }
  }

  /**
   * Starts a client transaction for {@code request} toward {@code peer}. A request without a Via gets one
   * with a fresh branch, our sent-by and {@code rport} (RFC 3581). ACK is refused: an ACK for a 2xx is sent
   * with {@link #sendAck}. Returns at once; responses arrive on {@code user}.
   */
  public ClientTransaction sendRequest(SipRequest request, Peer peer, ClientTransactionUser user) {
    if (request.isAck()) {
      throw new IllegalArgumentException("an ACK for a 2xx has no transaction; use sendAck");
    }
    SipRequest withVia = withVia(request, peer);
    TransactionKey key = TransactionKey.client(withVia);
    Runnable remove = () -> clients.remove(key);
    if (withVia.isInvite()) {
      InviteClientTransaction t = new InviteClientTransaction(context, withVia, peer, user, remove);
      clients.put(key, t);
      t.begin();
      return t;
    }
    NonInviteClientTransaction t = new NonInviteClientTransaction(context, withVia, peer, user, remove);
    clients.put(key, t);
    t.begin();
    return t;
  }

  /**
   * Cancels an INVITE we sent (§9.1): the CANCEL copies the INVITE's Request-URI, Call-ID, From, To, top Via
   * and Route, with CSeq method CANCEL; it goes out once a provisional has arrived. False when the INVITE
   * already has a final response.
   */
  public boolean cancel(ClientTransaction invite, ClientTransactionUser user) {
    if (!(invite instanceof InviteClientTransaction t)) {
      throw new IllegalArgumentException("only INVITE transactions can be cancelled");
    }
    SipRequest original = t.request();
    Headers headers = Headers.EMPTY.with(HeaderNames.VIA, original.headers().first(HeaderNames.VIA).orElseThrow())
        .with(HeaderNames.MAX_FORWARDS, "70")
        .with(HeaderNames.FROM, original.headers().first(HeaderNames.FROM).orElseThrow())
        .with(HeaderNames.TO, original.headers().first(HeaderNames.TO).orElseThrow())
        .with(HeaderNames.CALL_ID, original.callId())
        .with(HeaderNames.CSEQ, new CSeq(original.cseq().number(), SipRequest.CANCEL).toString());
    for (String route : original.headers().values(HeaderNames.ROUTE)) {
      headers = headers.with(HeaderNames.ROUTE, route);
    }
    SipRequest cancel = new SipRequest(SipRequest.CANCEL, original.requestUri(), headers);
    return t.requestCancel(() -> sendRequest(cancel, t.peer(), user));
  }

  /**
   * Sends an ACK for a 2xx straight through the transport (§13.2.2.4: no transaction; a new branch when it has
   * no Via). Throws {@link SipTransportException} when it cannot be sent.
   */
  public void sendAck(SipRequest ack, Peer peer) {
    context.sender().send(withVia(ack, peer), peer);
  }

  private SipRequest withVia(SipRequest request, Peer peer) {
    if (request.headers().has(HeaderNames.VIA)) {
      return request;
    }
    String sentBy = context.sender().sentBy(peer.transport());
    return request.withHeaders(request.headers().withFirst(HeaderNames.VIA, Via.of(peer.transport().name(),
        hostOf(sentBy), portOf(sentBy), Ids.newBranch()).withParam("rport", "").toString()));
  }

  /** Live transactions (server + client), for leak checks. */
  public int size() {
    return servers.size() + clients.size();
  }

  private void sendQuietly(SipResponse response, Peer peer) {
    try {
      context.sender().send(response, peer);
    } catch (SipTransportException ignored) {
      // nothing else to do for a request we refuse statelessly
    }
  }

  private static String hostOf(String sentBy) {
    int colon = sentBy.lastIndexOf(':');
    return colon < 0 || sentBy.endsWith("]") ? sentBy : sentBy.substring(0, colon);
  }

  private static int portOf(String sentBy) {
    int colon = sentBy.lastIndexOf(':');
    return colon < 0 || sentBy.endsWith("]") ? -1 : Integer.parseInt(sentBy.substring(colon + 1));
  }
}
