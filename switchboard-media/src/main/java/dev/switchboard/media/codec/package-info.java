/**
 * G.711 μ-law and A-law ({@link dev.switchboard.media.codec.G711}): table decode, segment-search encode and direct
 * μ-law ↔ A-law byte tables; whole-frame coding by RTP static payload type, 0 → PCMU and 8 → PCMA
 * ({@link dev.switchboard.media.codec.AudioCodecs}). Pure functions over {@code byte[]}/{@code short[]}.
 *
 * <p>May import {@code java.lang} and {@code java.util} only; never sockets ({@code java.net},
 * {@code java.nio.channels}), nor {@code media.audio}, {@code rtp}, {@code sdp}, {@code dtmf} or {@code mix}.
 */
package dev.switchboard.media.codec;
