package dev.switchboard.sip.transaction;

import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.transport.Peer;

/** A client transaction: one request we sent and the responses that match it. */
public interface ClientTransaction {
  SipRequest request();

  Peer peer();

  /** The state name (for logs and tests), e.g. "PROCEEDING". */
  String stateName();
}
