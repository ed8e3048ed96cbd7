package dev.switchboard.sip.dialog;

import dev.switchboard.sip.message.Body;
import dev.switchboard.sip.message.HeaderNames;
import dev.switchboard.sip.message.NameAddress;
import dev.switchboard.sip.message.Responses;
import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipHeader;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.transaction.Ids;
import dev.switchboard.sip.transaction.ServerTransaction;
import dev.switchboard.sip.transport.Peer;
import java.util.List;
import java.util.Optional;

/**
 * An INVITE waiting for the application's answer. Every response carries the same To tag (our side of the
 * dialog, §12.1.1). Methods return false / empty when the INVITE can no longer be answered (it was cancelled,
 * or already answered). Does not block.
 */
public final class IncomingInvite {
  private final DialogLayer layer;
  private final ServerTransaction transaction;
  private final Peer source;
  private final String toTag = Ids.newTag();

  IncomingInvite(DialogLayer layer, ServerTransaction transaction, Peer source) {
    this.layer = layer;
    this.transaction = transaction;
    this.source = source;
  }

  public SipRequest request() { return transaction.request(); }

  /** Where the INVITE came from (Twilio's {@code SipSourceIp}). */
  public Peer source() { return source; }

  public String toTag() { return toTag; }

  ServerTransaction transaction() { return transaction; }

  /** Sends 180 Ringing (or 183 with early media SDP when {@code sdp} is not empty). */
  public boolean ringing(Body sdp) {
    SipResponse r = Responses.to(request(), sdp.isEmpty() ? 180 : 183, toTag)
        .with(HeaderNames.CONTACT, NameAddress.of(layer.config().contact()).toString());
    if (!sdp.isEmpty()) {
      r = r.with(HeaderNames.CONTENT_TYPE, "application/sdp").withBody(sdp);
    }
    return transaction.respond(r);
  }

  /** Answers 200 with our SDP and returns the confirmed-on-ACK dialog. */
  public Optional<Dialog> answer(Body sdp) {
    return layer.answer(this, sdp);
  }

  /** Rejects with a final status (486 busy, 404 for {@code <Reject>}, 488 for no common codec…). */
  public boolean reject(int status) {
    return respond(Responses.to(request(), status, toTag));
  }

  /**
   * Sends a response the application built (a digest challenge, a refusal with extra headers). It must carry
   * {@link #toTag()}. A final one settles the INVITE.
   */
  public boolean respond(SipResponse response) {
    boolean sent = transaction.respond(response);
    if (response.status() >= 200) {
      layer.settled(this);
    }
    return sent;
  }

  /**
   * Rejects with a final status and extra headers, in order: {@code X-…} for the caller's
   * {@code DialSipHeader_X-…}, or the {@code WWW-Authenticate} of a 401.
   */
  public boolean reject(int status, List<SipHeader> headers) {
    SipResponse r = Responses.to(request(), status, toTag);
    for (SipHeader h : headers) {
      r = r.with(h.name(), h.value());
    }
    return respond(r);
  }
}
