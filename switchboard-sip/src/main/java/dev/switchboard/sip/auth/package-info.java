/**
 * SIP digest authentication (RFC 3261 §22.4, RFC 2617 MD5 with qop=auth, RFC 8760 SHA-256): parsing and
 * writing challenges and credentials, the response computation, the server side (stateless, time-limited
 * nonces; verification against stored HA1 values) and the client side (answering a 401/407 for an outbound
 * request). Pure code: the clock comes from {@link dev.switchboard.sip.time.SipScheduler}.
 *
 * <p>May import {@code java.*}, {@code javax.crypto}, {@code dev.switchboard.sip.message} and
 * {@code dev.switchboard.sip.time}; never transports, transactions, dialogs or {@code dev.switchboard.core}.
 * The {@code -sess} algorithms and {@code qop=auth-int} are not supported.
 */
package dev.switchboard.sip.auth;
