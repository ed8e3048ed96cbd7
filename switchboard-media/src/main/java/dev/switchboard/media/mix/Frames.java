package dev.switchboard.media.mix;

/** The telephone frame every leg exchanges: 20 ms of 8 kHz mono 16-bit audio, 160 samples. */
public final class Frames {
    public static final int SAMPLE_RATE = 8_000;
    public static final int MILLIS = 20;
    public static final int SAMPLES = SAMPLE_RATE * MILLIS / 1000;

    private Frames() {}

    /** A frame of silence (a new array each time: frames are handed over, never shared). */
    public static short[] silence() { return new short[SAMPLES]; }

    /** Adds {@code from} into {@code into}, saturating at the 16-bit range. */
    static void addInto(int[] into, short[] from) {
        for (int i = 0; i < SAMPLES; i++) into[i] += from[i];
    }

    static short clip(int v) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
    }
}
