package dev.switchboard.sip.transaction;

import dev.switchboard.sip.message.SipResponse;

/**
 * Receives what a client transaction delivers. Called outside the transaction's lock, on a transport or timer
 * thread; must not block for long.
 */
public interface ClientTransactionUser {
  /** A response for the TU: every provisional, the first final, and (INVITE) 2xx retransmissions. */
  void onResponse(ClientTransaction transaction, SipResponse response);

  /** Timer B or F fired with no final response: treat as 408 (§8.1.3.1). */
  void onTimeout(ClientTransaction transaction);

  /** The transport failed (§8.1.3.1: treat as 503). Defaults to {@link #onTimeout}. */
  default void onTransportError(ClientTransaction transaction) {
    onTimeout(transaction);
  }
}
