package dev.switchboard.media.audio;

/**
 * Measures single frequencies in {@link PcmAudio} with the Goertzel algorithm: how strong a tone is, and
 * whether it dominates. Meant for tests that check audio "by ear" (a played prompt, a beep, a DTMF key), so it
 * favours clear answers over speed. Pure and thread-safe; never blocks.
 */
public final class ToneDetector {
    /** The share of the audio's energy a frequency must hold to count as dominant. */
    public static final double DOMINANT_SHARE = 0.5;

    private ToneDetector() {}

    /**
     * Goertzel power |X(f)|² of {@code length} samples from {@code offset}: for a sine of peak A spanning N
     * samples it is about (A·N/2)². The frequency need not fall on a DFT bin.
     */
    public static double power(short[] samples, int offset, int length, double frequency, int sampleRate) {
        double coeff = 2 * Math.cos(2 * Math.PI * frequency / sampleRate);
        double s1 = 0;
        double s2 = 0;
        for (int i = offset; i < offset + length; i++) {
            double s0 = samples[i] + coeff * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return s1 * s1 + s2 * s2 - coeff * s1 * s2;
    }

    /** {@link #power(short[], int, int, double, int)} over the whole of {@code audio}. */
    public static double power(PcmAudio audio, double frequency) {
        return power(audio.samples(), 0, audio.length(), frequency, audio.sampleRate());
    }

    /**
     * The fraction of the audio's energy at {@code frequency}: about 1 for a pure tone of that frequency, about 0.5
     * for each tone of an equal-level pair, near 0 for silence, noise or other tones.
     */
    public static double share(PcmAudio audio, double frequency) {
        short[] s = audio.samples();
        double energy = 0;
        for (short x : s) energy += (double) x * x;
        if (energy == 0) return 0;
        return 2 * power(s, 0, s.length, frequency, audio.sampleRate()) / (s.length * energy);
    }

    /** Whether {@code frequency} holds at least {@link #DOMINANT_SHARE} of the audio's energy. */
    public static boolean isDominant(PcmAudio audio, double frequency) {
        return isDominant(audio, frequency, DOMINANT_SHARE);
    }

    /** Whether {@code frequency} holds at least {@code minShare} of the audio's energy. */
    public static boolean isDominant(PcmAudio audio, double frequency, double minShare) {
        return share(audio, frequency) >= minShare;
    }
}
