/**
 * RFC 3261 §17 transactions, with the RFC 6026 Accepted states: the four state machines
 * ({@link dev.switchboard.sip.transaction.InviteClientTransaction},
 * {@link dev.switchboard.sip.transaction.NonInviteClientTransaction},
 * {@link dev.switchboard.sip.transaction.InviteServerTransaction},
 * {@link dev.switchboard.sip.transaction.NonInviteServerTransaction}) written as explicit
 * {@link dev.switchboard.sip.transaction.StateTable}s, timers A–M on the injected
 * {@link dev.switchboard.sip.time.SipScheduler}, and {@link dev.switchboard.sip.transaction.TransactionLayer},
 * which matches messages to transactions (§17.1.3, §17.2.3) and CANCEL to its INVITE (§9.2).
 *
 * <p>Matching is by the RFC 3261 branch only; the RFC 2543 fallback (§17.2.3 second half: Request-URI, tags,
 * Call-ID, CSeq, top Via) is not supported, and a request whose top Via has no branch is answered 400.
 *
 * <p>May import {@code java.*}, {@code dev.switchboard.sip.message}, {@code dev.switchboard.sip.time} and the
 * transport API types ({@code MessageSender}, {@code Peer}, {@code TransportKind}, {@code SipTransportException});
 * never the socket implementations, dialogs, auth, or {@code dev.switchboard.core}.
 */
package dev.switchboard.sip.transaction;
