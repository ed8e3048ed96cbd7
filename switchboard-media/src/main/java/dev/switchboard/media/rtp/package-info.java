/**
 * RTP (RFC 3550): the packet codec ({@link dev.switchboard.media.rtp.RtpPacket}, pure), the even-port pool
 * ({@link dev.switchboard.media.rtp.RtpPortPool}) and one UDP session per call leg
 * ({@link dev.switchboard.media.rtp.RtpSession}). Sockets live only in the pool and the session.
 *
 * <p>May import {@code java.*}; never {@code dev.switchboard.media.sdp} (the caller passes the negotiated
 * remote address in) nor any other Switchboard module.
 */
package dev.switchboard.media.rtp;
