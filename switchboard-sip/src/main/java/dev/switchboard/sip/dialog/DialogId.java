package dev.switchboard.sip.dialog;

/** A dialog's id (RFC 3261 §12): Call-ID, local tag, remote tag, from this side's point of view. */
public record DialogId(String callId, String localTag, String remoteTag) {}
