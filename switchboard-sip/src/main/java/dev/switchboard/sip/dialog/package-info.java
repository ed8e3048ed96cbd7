/**
 * RFC 3261 §12 dialogs above the transaction layer: UAS and UAC dialog state ({@link dev.switchboard.sip.dialog.Dialog}),
 * in-dialog requests (BYE, re-INVITE answered with the current SDP, OPTIONS, INFO), 481 for unknown dialogs,
 * 420 for unsupported Require (§8.2.2.3), RFC 4028 session timers (422 below Min-SE; refresh or BYE on
 * expiry) and the UAS 2xx retransmission of §13.3.1.4. As a UAC, {@link dev.switchboard.sip.dialog.DialogLayer#invite}
 * places calls ({@link dev.switchboard.sip.dialog.OutgoingInvite} in, {@link dev.switchboard.sip.dialog.OutgoingCall}
 * out: ACK for 2xx, digest retry, CANCEL, forks). REGISTER is handed to an attached
 * {@link dev.switchboard.sip.registrar.Registrar}. The application (later: the B2BUA that maps a dialog
 * to a call leg) sees only {@link dev.switchboard.sip.dialog.SipApplication}: invites to answer, and dialog events.
 *
 * <p>May import {@code java.*} and the other {@code dev.switchboard.sip} packages except the socket
 * implementations; never {@code dev.switchboard.core} (the B2BUA adapter that joins the two lives elsewhere).
 */
package dev.switchboard.sip.dialog;
