package dev.switchboard.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AudioLevelsTest {
    private static final PcmAudio SILENCE_100MS = PcmAudio.silence(Duration.ofMillis(100), 8000);
    private static final PcmAudio TONE_60MS = Tones.sine(1000, Duration.ofMillis(60), 0.5, 8000);

    @Test
    void aSineHasRmsPeakOverRootTwo() {
        PcmAudio tone = Tones.sine(1000, Duration.ofSeconds(1), 1.0, 8000);
        assertThat(AudioLevels.rms(tone)).isCloseTo(32_767 / Math.sqrt(2), within(20.0));
        assertThat(AudioLevels.peak(tone)).isEqualTo(32_767);
        assertThat(AudioLevels.dbfs(AudioLevels.rms(tone))).isCloseTo(-3.01, within(0.01));
        assertThat(AudioLevels.rms(SILENCE_100MS)).isZero();
    }

    @Test
    void framesAreTwentyMilliseconds() {
        assertThat(AudioLevels.frameLength(8000)).isEqualTo(160);
        assertThat(AudioLevels.frameLength(48_000)).isEqualTo(960);
        PcmAudio audio = SILENCE_100MS.append(TONE_60MS);
        assertThat(AudioLevels.framesAbove(audio, AudioLevels.DEFAULT_SILENCE_RMS))
            .containsExactly(false, false, false, false, false, true, true, true);
    }

    @Test
    void trailingSilenceIsWhatRecordTimeoutWaitsFor() {
        PcmAudio audio = TONE_60MS.append(SILENCE_100MS);
        assertThat(AudioLevels.trailingSilence(audio, AudioLevels.DEFAULT_SILENCE_RMS)).isEqualTo(Duration.ofMillis(100));
        assertThat(AudioLevels.trailingSilence(TONE_60MS, AudioLevels.DEFAULT_SILENCE_RMS)).isZero();
        assertThat(AudioLevels.isSilent(SILENCE_100MS, AudioLevels.DEFAULT_SILENCE_RMS)).isTrue();
        assertThat(AudioLevels.isSilent(audio, AudioLevels.DEFAULT_SILENCE_RMS)).isFalse();
    }

    @Test
    void quietNoiseCountsAsSilence() {
        short[] hiss = new short[1600];
        java.util.Random random = new java.util.Random(1);
        for (int i = 0; i < hiss.length; i++) hiss[i] = (short) random.nextInt(-100, 101);
        assertThat(AudioLevels.isSilent(PcmAudio.of(hiss, 8000), AudioLevels.DEFAULT_SILENCE_RMS)).isTrue();
    }

    @Test
    void trimmingDropsSilentFramesAtBothEnds() {
        PcmAudio audio = SILENCE_100MS.append(TONE_60MS).append(SILENCE_100MS);
        assertThat(AudioLevels.trimSilence(audio, AudioLevels.DEFAULT_SILENCE_RMS)).isEqualTo(TONE_60MS);
        assertThat(AudioLevels.trimSilence(SILENCE_100MS, AudioLevels.DEFAULT_SILENCE_RMS).length()).isZero();
    }
}
