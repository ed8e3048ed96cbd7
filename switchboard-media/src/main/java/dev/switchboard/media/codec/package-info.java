/**
 * G.711 μ-law and A-law ({@link dev.switchboard.media.codec.G711}) and whole-frame coding by RTP payload type
 * ({@link dev.switchboard.media.codec.AudioCodecs}). Pure: no sockets, no other Switchboard package.
 */
package dev.switchboard.media.codec;
