/**
 * Audio as samples: {@link dev.switchboard.media.audio.PcmAudio} and the pure sources and analysers built on it.
 * Socket-free; never imports {@code dev.switchboard.media.rtp} or {@code ..sdp}.
 */
package dev.switchboard.media.audio;
