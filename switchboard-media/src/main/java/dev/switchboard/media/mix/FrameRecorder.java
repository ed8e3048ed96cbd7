package dev.switchboard.media.mix;

import dev.switchboard.media.audio.PcmAudio;
import java.time.Duration;
import java.util.Arrays;

/**
 * What one leg heard or said, frame by frame, up to a maximum length: {@code <Record>}, a call
 * recording, the sandbox's "what this phone heard". A missing frame (nothing received) is kept as
 * silence, so the audio's length is the time it ran. {@link #pause}d ticks are not kept (Twilio's
 * {@code PauseBehavior=skip}). Only the media clock's thread calls {@link #accept}; the others may
 * come from any thread.
 */
public final class FrameRecorder {
    private final int maxFrames;
    private short[] samples = new short[Frames.SAMPLES * 50];
    private int length;
    private boolean paused;
    private boolean stopped;

    public FrameRecorder(Duration maxLength) {
        long frames = maxLength.toMillis() / Frames.MILLIS;
        this.maxFrames = (int) Math.min(Integer.MAX_VALUE / Frames.SAMPLES, Math.max(1, frames));
    }

    /** This tick's frame ({@code null}: silence). Answers false once full or stopped. */
    public synchronized boolean accept(short[] frame) {
        if (stopped) return false;
        if (paused) return true;
        if (length / Frames.SAMPLES >= maxFrames) return false;
        if (length + Frames.SAMPLES > samples.length) samples = Arrays.copyOf(samples, samples.length * 2);
        if (frame != null) System.arraycopy(frame, 0, samples, length, Frames.SAMPLES);
        length += Frames.SAMPLES;
        return true;
    }

    public synchronized void pause() { paused = true; }

    public synchronized void resume() { paused = false; }

    /** Stops it; answers everything kept. */
    public synchronized PcmAudio stop() {
        stopped = true;
        return PcmAudio.of(Arrays.copyOf(samples, length), Frames.SAMPLE_RATE);
    }

    public synchronized Duration length() { return Duration.ofMillis((long) length / Frames.SAMPLES * Frames.MILLIS); }

    public synchronized boolean full() { return length / Frames.SAMPLES >= maxFrames; }
}
