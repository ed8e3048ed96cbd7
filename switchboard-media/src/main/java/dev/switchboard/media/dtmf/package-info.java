/**
 * DTMF as RFC 4733 telephone-events: the 4-octet payload codec ({@link dev.switchboard.media.dtmf.TelephoneEvent})
 * and the detector that turns a leg's telephone-event packets into digits
 * ({@link dev.switchboard.media.dtmf.DtmfDetector}). Pure: no sockets, no threads, no clock.
 *
 * <p>May import {@code java.*} and {@code dev.switchboard.media.rtp.RtpPacket}; never {@code java.net} or
 * {@code java.nio.channels}, the {@code sdp} package, nor any other Switchboard module.
 */
package dev.switchboard.media.dtmf;
