package dev.switchboard.media.audio;

import java.time.Duration;

/**
 * Generated audio: sine tones, the beep {@code <Record>} plays before it listens, and DTMF keys (ITU-T Q.23).
 * Amplitudes are fractions of full scale (1.0 is a peak of 32,767). Pure; never blocks.
 */
public final class Tones {
    /**
     * The {@code <Record>} beep: 1 kHz for 500 ms at half of full scale, with 5 ms fades so it does not click.
     * Twilio does not publish its beep; this matches what callers hear (a short tone near 1 kHz) and sits well
     * inside the telephone band, where the detectors and codecs keep it intact.
     */
    public static final double BEEP_FREQUENCY = 1_000;
    public static final Duration BEEP_LENGTH = Duration.ofMillis(500);
    public static final double BEEP_AMPLITUDE = 0.5;
    /** Each DTMF component at 0.35 of full scale, so the pair peaks at 0.7 and never clips. */
    public static final double DTMF_AMPLITUDE = 0.35;
    private static final double[] DTMF_LOW = {697, 770, 852, 941};
    private static final double[] DTMF_HIGH = {1209, 1336, 1477, 1633};
    private static final String KEYPAD = "123A456B789C*0#D"; // row-major: row → low tone, column → high tone
    private static final Duration FADE = Duration.ofMillis(5);

    private Tones() {}

    /** A sine of {@code frequency} Hz, starting at phase 0, with no fade. */
    public static PcmAudio sine(double frequency, Duration length, double amplitude, int sampleRate) {
        return mix(new double[] {frequency}, amplitude, length, sampleRate, Duration.ZERO);
    }

    /** The {@code <Record>} beep at {@code sampleRate}. */
    public static PcmAudio beep(int sampleRate) {
        return mix(new double[] {BEEP_FREQUENCY}, BEEP_AMPLITUDE, BEEP_LENGTH, sampleRate, FADE);
    }

    /** The two frequencies of a DTMF key {@code 0-9 * # A-D}, low group first. */
    public static double[] dtmfFrequencies(char key) {
        int i = KEYPAD.indexOf(Character.toUpperCase(key));
        if (i < 0) throw new IllegalArgumentException("not a DTMF key: '" + key + "'");
        return new double[] {DTMF_LOW[i / 4], DTMF_HIGH[i % 4]};
    }

    /** The dual tone of a DTMF {@code key} for {@code length}, each component at {@link #DTMF_AMPLITUDE}. */
    public static PcmAudio dtmf(char key, Duration length, int sampleRate) {
        return mix(dtmfFrequencies(key), DTMF_AMPLITUDE, length, sampleRate, Duration.ZERO);
    }

    private static PcmAudio mix(double[] frequencies, double amplitude, Duration length, int rate, Duration fade) {
        if (amplitude < 0 || amplitude * frequencies.length > 1) throw new IllegalArgumentException("amplitude out of range: " + amplitude);
        int n = (int) (length.toNanos() * rate / 1_000_000_000L);
        int ramp = Math.min(n / 2, (int) (fade.toNanos() * rate / 1_000_000_000L));
        short[] out = new short[n];
        for (int i = 0; i < n; i++) {
            double v = 0;
            for (double f : frequencies) v += Math.sin(2 * Math.PI * f * i / rate);
            double gain = ramp == 0 ? 1 : Math.min(1, Math.min(i, n - 1 - i) / (double) ramp);
            out[i] = (short) Math.round(v * amplitude * gain * Short.MAX_VALUE);
        }
        return PcmAudio.of(out, rate);
    }
}
