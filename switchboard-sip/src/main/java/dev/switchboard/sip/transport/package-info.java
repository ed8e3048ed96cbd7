/**
 * SIP transports (RFC 3261 §18): UDP datagrams, TCP and TLS streams framed by Content-Length, and the small
 * API the transaction layer sends through ({@link dev.switchboard.sip.transport.MessageSender},
 * {@link dev.switchboard.sip.transport.Peer}). Sockets live only here.
 *
 * <p>May import {@code java.*}, {@code javax.net.ssl} and {@code dev.switchboard.sip.message}; never the
 * transaction, dialog or auth packages (they sit above), nor {@code dev.switchboard.core}.
 */
package dev.switchboard.sip.transport;
