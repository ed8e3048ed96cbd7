package dev.switchboard.media.mix;

import dev.switchboard.media.audio.PcmAudio;
import java.time.Duration;

/**
 * A prompt as frames: 8 kHz audio cut into 20 ms frames, the last one padded with silence, then
 * {@code null} once it has played out ({@link #finished}). {@link #stop} ends it at the next frame
 * (barge-in). Only the media clock's thread calls {@link #next}; {@link #stop} may come from any thread.
 */
public final class PromptFrames implements FrameSource {
    private final PcmAudio audio;
    private int at;
    private volatile boolean stopped;

    public PromptFrames(PcmAudio audio) {
        if (audio.sampleRate() != Frames.SAMPLE_RATE) {
            throw new IllegalArgumentException("prompts play at " + Frames.SAMPLE_RATE + " Hz, not " + audio.sampleRate());
        }
        this.audio = audio;
    }

    /** How long it plays: whole frames. */
    public Duration length() {
        long frames = (audio.length() + Frames.SAMPLES - 1) / Frames.SAMPLES;
        return Duration.ofMillis(frames * Frames.MILLIS);
    }

    @Override
    public short[] next() {
        if (stopped || at >= audio.length()) return null;
        short[] frame = Frames.silence();
        int n = Math.min(Frames.SAMPLES, audio.length() - at);
        audio.copy(at, frame, 0, n);
        at += n;
        return frame;
    }

    public void stop() { stopped = true; }

    public boolean finished() { return stopped || at >= audio.length(); }
}
