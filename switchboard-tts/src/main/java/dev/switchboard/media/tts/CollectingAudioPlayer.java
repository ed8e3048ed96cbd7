package dev.switchboard.media.tts;

import com.sun.speech.freetts.audio.AudioPlayer;
import dev.switchboard.media.audio.PcmAudio;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/**
 * A FreeTTS {@link AudioPlayer} that keeps the bytes it is given instead of playing them, then hands them out as
 * {@link PcmAudio}. One per utterance; not thread-safe (FreeTTS calls it from the speaking thread only).
 */
final class CollectingAudioPlayer implements AudioPlayer {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private AudioFormat format = new AudioFormat(FreeTtsSynthesizer.SAMPLE_RATE, 16, 1, true, true);
    private float volume = 1f;

    /** The collected samples, which must be 16-bit mono at {@code expectedRate}. */
    PcmAudio audio(int expectedRate) {
        if (format.getSampleSizeInBits() != 16 || format.getChannels() != 1 || (int) format.getSampleRate() != expectedRate) {
            throw new SpeechSynthesisException("FreeTTS produced " + format + ", expected 16-bit mono at " + expectedRate + " Hz");
        }
        byte[] raw = bytes.toByteArray();
        short[] samples = new short[raw.length / 2];
        boolean big = format.isBigEndian();
        for (int i = 0; i < samples.length; i++) {
            int hi = raw[2 * i + (big ? 0 : 1)];
            int lo = raw[2 * i + (big ? 1 : 0)] & 0xff;
            samples[i] = (short) ((hi << 8) | lo);
        }
        return PcmAudio.of(samples, expectedRate);
    }

    @Override public void setAudioFormat(AudioFormat format) { this.format = format; }
    @Override public AudioFormat getAudioFormat() { return format; }
    @Override public void pause() { }
    @Override public void resume() { }
    @Override public void reset() { }
    @Override public boolean drain() { return true; }
    @Override public void begin(int size) { }
    @Override public boolean end() { return true; }
    @Override public void cancel() { }
    @Override public void close() { }
    @Override public float getVolume() { return volume; }
    @Override public void setVolume(float volume) { this.volume = volume; }
    @Override public long getTime() { return 0; }
    @Override public void resetTime() { }
    @Override public void startFirstSampleTimer() { }
    @Override public boolean write(byte[] audioData) { return write(audioData, 0, audioData.length); }

    @Override
    public boolean write(byte[] audioData, int offset, int size) {
        bytes.write(audioData, offset, size);
        return true;
    }

    @Override public void showMetrics() { }
}
