package dev.switchboard.sip.dialog;

import dev.switchboard.sip.message.SipRequest;

/**
 * What the dialog layer asks of the application (the future B2BUA/call-leg adapter). Called on virtual
 * threads; may block (a webhook fetch) but must eventually answer each invite.
 */
public interface SipApplication {
  /** A new INVITE outside any dialog (100 Trying already sent). Answer, ring or reject through {@code invite}. */
  void onInvite(IncomingInvite invite);

  /** The caller cancelled before a final response; the layer has answered 487 (RFC 3261 §9.2). */
  default void onCancelled(IncomingInvite invite) {}

  /** The 2xx was ACKed: media may flow both ways (§13.3.1.4). */
  default void onConfirmed(Dialog dialog) {}

  /** The far end sent BYE (already answered 200). */
  default void onBye(Dialog dialog) {}

  /**
   * The answer to a re-INVITE's SDP offer (hold, resume, a new address): by default the current local SDP
   * unchanged; empty refuses the offer with 488 and the session stays as it was (RFC 3261 §14.2).
   */
  default java.util.Optional<dev.switchboard.sip.message.Body> answerReinvite(Dialog dialog, SipRequest reinvite) {
    return java.util.Optional.of(dialog.localSdp());
  }

  /** A re-INVITE was answered (with {@link #answerReinvite}'s SDP; hold/unhold shows in its body). */
  default void onReinvite(Dialog dialog, SipRequest reinvite) {}

  /** An INFO in a dialog (already answered 200), e.g. application/dtmf-relay. */
  default void onInfo(Dialog dialog, SipRequest info) {}

  /** The dialog ended without a BYE from the far end: no ACK for our 2xx, or the session timer expired. */
  default void onEnded(Dialog dialog, String reason) {}
}
