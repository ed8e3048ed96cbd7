package dev.switchboard.sip.transaction;

/** What can happen to a transaction: the inputs of its state table. */
public enum Event {
  /** The transaction starts: a client sends its request, a server receives it. */
  START,
  /** A retransmission of the server transaction's request arrived. */
  REQUEST_RETRANSMITTED,
  /** A 1xx arrived (client) or the TU sends one (server). */
  PROVISIONAL,
  /** A 2xx arrived (client) or the TU sends one (server). */
  SUCCESS,
  /** A 300–699 arrived (client) or the TU sends one (server). */
  FAILURE,
  /** An ACK matched an INVITE server transaction. */
  ACK,
  TIMER_A, TIMER_B, TIMER_D, TIMER_E, TIMER_F, TIMER_G, TIMER_H, TIMER_I, TIMER_J, TIMER_K, TIMER_L, TIMER_M,
  /** The transport could not send (§17.1.4, §17.2.4). */
  TRANSPORT_ERROR;

  static Event forStatus(int status) {
    return status < 200 ? PROVISIONAL : status < 300 ? SUCCESS : FAILURE;
  }
}
