package dev.switchboard.media.audio;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Mono 16-bit linear PCM at a sample rate: what every prompt source (text-to-speech, a fetched
 * WAV or MP3, a tone) produces and what the codecs and recorders consume. The telephone plane runs
 * at {@value #TELEPHONE_RATE} Hz. Immutable: the array is copied in and never handed out.
 */
public final class PcmAudio {
    public static final int TELEPHONE_RATE = 8_000;
    private final short[] samples;
    private final int sampleRate;

    private PcmAudio(short[] samples, int sampleRate) {
        if (sampleRate <= 0) throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        this.samples = samples;
        this.sampleRate = sampleRate;
    }

    public static PcmAudio of(short[] samples, int sampleRate) {
        return new PcmAudio(Objects.requireNonNull(samples, "samples").clone(), sampleRate);
    }

    public static PcmAudio silence(Duration length, int sampleRate) {
        return new PcmAudio(new short[(int) (length.toNanos() * sampleRate / 1_000_000_000L)], sampleRate);
    }

    public int sampleRate() { return sampleRate; }

    public int length() { return samples.length; }

    public short sample(int i) { return samples[i]; }

    /** A copy of the samples. */
    public short[] samples() { return samples.clone(); }

    /** Copies {@code count} samples from {@code from} into {@code into} at {@code at}. */
    public void copy(int from, short[] into, int at, int count) {
        System.arraycopy(samples, from, into, at, count);
    }

    public Duration duration() {
        return Duration.ofNanos(samples.length * 1_000_000_000L / sampleRate);
    }

    /** This audio followed by {@code next}; both must have the same rate. */
    public PcmAudio append(PcmAudio next) {
        if (next.sampleRate != sampleRate) throw new IllegalArgumentException("rates differ: " + sampleRate + " and " + next.sampleRate);
        short[] joined = Arrays.copyOf(samples, samples.length + next.samples.length);
        System.arraycopy(next.samples, 0, joined, samples.length, next.samples.length);
        return new PcmAudio(joined, sampleRate);
    }

    /** Samples {@code [from, to)}. */
    public PcmAudio slice(int from, int to) {
        return new PcmAudio(Arrays.copyOfRange(samples, from, to), sampleRate);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PcmAudio p && p.sampleRate == sampleRate && Arrays.equals(p.samples, samples);
    }

    @Override
    public int hashCode() { return 31 * sampleRate + Arrays.hashCode(samples); }

    @Override
    public String toString() { return "PcmAudio[" + samples.length + " samples at " + sampleRate + " Hz]"; }
}
