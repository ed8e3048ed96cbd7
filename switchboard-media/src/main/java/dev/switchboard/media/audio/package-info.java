/**
 * Audio as samples: {@link dev.switchboard.media.audio.PcmAudio} and the pure sources and analysers built on it.
 * Files in: {@link dev.switchboard.media.audio.WavReader} (PCM 8/16-bit, μ-law, A-law) and
 * {@link dev.switchboard.media.audio.Mp3Decoder} (mp3spi), both refusing anything else with
 * {@link dev.switchboard.media.audio.UnsupportedAudioException}; files out: {@link dev.switchboard.media.audio.WavWriter}.
 * {@link dev.switchboard.media.audio.Resampler} (windowed sinc) brings any rate to 8 kHz;
 * {@link dev.switchboard.media.audio.Tones}, {@link dev.switchboard.media.audio.ToneDetector} (Goertzel) and
 * {@link dev.switchboard.media.audio.AudioLevels} (RMS, peak, silence per 20 ms) make and check audio.
 *
 * <p>Socket-free: never imports {@code java.net} or {@code java.nio.channels}, nor {@code media.rtp}, {@code ..sdp},
 * {@code ..dtmf} or {@code ..mix}; may use {@code media.codec} (for μ-law and A-law WAVs). Only {@code Mp3Decoder}
 * imports mp3spi ({@code javazoom.*}).
 */
package dev.switchboard.media.audio;
