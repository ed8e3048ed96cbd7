package dev.switchboard.sip.transaction;

import dev.switchboard.sip.message.SipRequest;
import dev.switchboard.sip.message.SipResponse;
import dev.switchboard.sip.transport.Peer;

/**
 * The UA core above the transaction layer (the dialog layer). Called outside transaction locks, on transport
 * or timer threads; it may block (it runs on virtual threads) but should answer promptly.
 */
public interface TransactionUser {
  /** A new request (never ACK, never CANCEL: the layer answers CANCEL itself). Answer via the transaction. */
  void onRequest(ServerTransaction transaction, SipRequest request);

  /** An ACK for a 2xx (it has its own branch, so no transaction matches it; §17.1.1.3, RFC 6026 §7.1). */
  void onAck(SipRequest ack, Peer source);

  /** A CANCEL matched the INVITE, which the layer has answered 487 (§9.2). */
  default void onCancelled(ServerTransaction invite, SipRequest cancel) {}

  /** Timer H fired: the ACK for a non-2xx final response never came (§17.2.1). */
  default void onServerTimeout(ServerTransaction transaction) {}

  /** A response that matched no client transaction (a 2xx retransmission after Timer M, §13.2.2.4). */
  default void onStrayResponse(SipResponse response, Peer source) {}
}
