/**
 * SDP (RFC 4566) as immutable values and RFC 3264 offer/answer for the audio Switchboard carries: PCMU/PCMA
 * and telephone-event (RFC 4733). Pure: parses and writes text, never opens a socket.
 *
 * <p>May import {@code java.*} only ({@code java.net.InetSocketAddress} names the remote RTP address); never
 * {@code java.nio.channels}, the {@code rtp} or {@code dtmf} packages, nor any other Switchboard module.
 */
package dev.switchboard.media.sdp;
