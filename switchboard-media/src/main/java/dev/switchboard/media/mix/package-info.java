/**
 * Frames between legs: the 20 ms PCM frame ({@link dev.switchboard.media.mix.Frames}), what feeds a leg's outbound
 * audio ({@link dev.switchboard.media.mix.FrameSource}: a prompt, a bridge's queue), and the conference
 * {@link dev.switchboard.media.mix.Mixer}. Pure and socket-free; depends only on {@code media.audio}.
 */
package dev.switchboard.media.mix;
