package dev.switchboard.media.audio;

import java.time.Duration;

/**
 * Loudness of {@link PcmAudio}: RMS and peak, in sample units or dBFS, and the same per 20 ms frame to find
 * silence, as {@code <Record timeout>} (stop after N seconds of silence) and {@code trim="trim-silence"} need.
 * A frame is silent when its RMS is below a threshold; {@link #DEFAULT_SILENCE_RMS} is about −45 dBFS, below
 * quiet speech and above the noise floor of a phone line. Pure; never blocks.
 */
public final class AudioLevels {
    public static final Duration FRAME = Duration.ofMillis(20);
    public static final double DEFAULT_SILENCE_RMS = 185;

    private AudioLevels() {}

    public static double rms(short[] samples, int offset, int length) {
        if (length == 0) return 0;
        double sum = 0;
        for (int i = offset; i < offset + length; i++) sum += (double) samples[i] * samples[i];
        return Math.sqrt(sum / length);
    }

    public static double rms(PcmAudio audio) {
        return rms(audio.samples(), 0, audio.length());
    }

    /** The largest absolute sample (32,768 for a full negative one). */
    public static int peak(PcmAudio audio) {
        int peak = 0;
        for (int i = 0; i < audio.length(); i++) peak = Math.max(peak, Math.abs(audio.sample(i)));
        return peak;
    }

    /** A level in sample units as dBFS (0 is a full-scale square wave's RMS); negative infinity for 0. */
    public static double dbfs(double level) {
        return 20 * Math.log10(level / Short.MAX_VALUE);
    }

    /** Samples in one 20 ms frame at {@code sampleRate}. */
    public static int frameLength(int sampleRate) {
        return Math.max(1, sampleRate / 50);
    }

    /** The RMS of each whole 20 ms frame; a partial last frame is measured on what it has. */
    public static double[] frameRms(PcmAudio audio) {
        int size = frameLength(audio.sampleRate());
        short[] s = audio.samples();
        double[] out = new double[(s.length + size - 1) / size];
        for (int f = 0; f < out.length; f++) out[f] = rms(s, f * size, Math.min(size, s.length - f * size));
        return out;
    }

    /** Per 20 ms frame, whether it has energy at or above {@code thresholdRms}. */
    public static boolean[] framesAbove(PcmAudio audio, double thresholdRms) {
        double[] rms = frameRms(audio);
        boolean[] out = new boolean[rms.length];
        for (int i = 0; i < rms.length; i++) out[i] = rms[i] >= thresholdRms;
        return out;
    }

    /** Whether every frame is below {@code thresholdRms} (empty audio is silent). */
    public static boolean isSilent(PcmAudio audio, double thresholdRms) {
        for (boolean loud : framesAbove(audio, thresholdRms)) if (loud) return false;
        return true;
    }

    /** How long the audio has been silent at its end, in whole frames: what {@code <Record timeout>} watches. */
    public static Duration trailingSilence(PcmAudio audio, double thresholdRms) {
        boolean[] loud = framesAbove(audio, thresholdRms);
        int n = 0;
        while (n < loud.length && !loud[loud.length - 1 - n]) n++;
        int samples = Math.min(audio.length(), n * frameLength(audio.sampleRate()));
        return Duration.ofNanos(samples * 1_000_000_000L / audio.sampleRate());
    }

    /** The audio without its silent frames at both ends; empty when it is all silence. */
    public static PcmAudio trimSilence(PcmAudio audio, double thresholdRms) {
        boolean[] loud = framesAbove(audio, thresholdRms);
        int first = 0;
        while (first < loud.length && !loud[first]) first++;
        if (first == loud.length) return audio.slice(0, 0);
        int last = loud.length - 1;
        while (!loud[last]) last--;
        int size = frameLength(audio.sampleRate());
        return audio.slice(first * size, Math.min(audio.length(), (last + 1) * size));
    }
}
