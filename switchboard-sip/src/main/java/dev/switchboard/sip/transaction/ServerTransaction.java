package dev.switchboard.sip.transaction;

import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.transport.Peer;

/** A server transaction: one request we received; the TU answers through {@link #respond}. */
public interface ServerTransaction {
  SipRequest request();

  /** Where responses go (§18.2.2, RFC 3581 §4). */
  Peer peer();

  /**
   * Sends a response through the transaction. Returns false when the state table refuses it (a second final
   * response, or one after a CANCEL already answered the INVITE with 487), in which case nothing was sent.
   * Never blocks on UDP.
   */
  boolean respond(SipResponse response);

  String stateName();
}
