/**
 * The SIP message codec (RFC 3261 §7, §19, §20, §25): bytes ↔ typed {@link dev.switchboard.sip.message.SipRequest}
 * and {@link dev.switchboard.sip.message.SipResponse}, SIP URIs, and the typed header values the stack reads
 * (Via, From/To/Contact/Route as {@link dev.switchboard.sip.message.NameAddress}, CSeq). Pure functions over
 * byte arrays and strings: no sockets, no threads, no clock.
 *
 * <p>May import only {@code java.*}. Never imports the transport, transaction, dialog or auth packages (they
 * build on this one), nor anything from {@code dev.switchboard.core}.
 */
package dev.switchboard.sip.message;
