package dev.switchboard.media.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ResamplerTest {
    private static final Duration SECOND = Duration.ofSeconds(1);

    @ParameterizedTest
    @ValueSource(ints = {11_025, 16_000, 22_050, 44_100, 48_000})
    void aOneKilohertzToneStaysOneKilohertzAtTheTelephoneRate(int rate) {
        PcmAudio source = Tones.sine(1000, SECOND, 0.5, rate);
        PcmAudio out = Resampler.toTelephoneRate(source);
        assertThat(out.sampleRate()).isEqualTo(8000);
        assertThat(out.length()).isEqualTo(8000);
        assertThat(ToneDetector.share(out, 1000)).isGreaterThan(0.95);
        assertThat(AudioLevels.rms(out)).isCloseTo(AudioLevels.rms(source), org.assertj.core.data.Percentage.withPercentage(3));
    }

    @ParameterizedTest
    @ValueSource(ints = {5_000, 6_000, 9_000, 15_000})
    void tonesAboveFourKilohertzAt44100AreAttenuatedMoreThan30Decibels(int frequency) {
        PcmAudio source = Tones.sine(frequency, SECOND, 0.5, 44_100);
        PcmAudio out = Resampler.toTelephoneRate(source);
        double attenuation = AudioLevels.dbfs(AudioLevels.rms(source)) - AudioLevels.dbfs(AudioLevels.rms(out));
        assertThat(attenuation).as("%d Hz", frequency).isGreaterThan(30);
    }

    @ParameterizedTest
    @ValueSource(ints = {4_100, 6_000, 9_000})
    void inSteadyStateTheStopBandIsMoreThan70DecibelsDown(int frequency) {
        PcmAudio source = Tones.sine(frequency, SECOND, 0.5, 48_000);
        PcmAudio middle = Resampler.toTelephoneRate(source).slice(1000, 7000); // away from the onset and end clicks
        assertThat(AudioLevels.rms(middle)).isLessThan(AudioLevels.rms(source) / Math.pow(10, 70 / 20.0));
    }

    @Test
    void theTelephoneBandPassesWithinAFifthOfADecibel() {
        for (int f : new int[] {300, 1000, 2000, 3000, 3400}) {
            PcmAudio source = Tones.sine(f, SECOND, 0.5, 44_100);
            double loss = AudioLevels.dbfs(AudioLevels.rms(source)) - AudioLevels.dbfs(AudioLevels.rms(Resampler.toTelephoneRate(source)));
            assertThat(Math.abs(loss)).as("%d Hz", f).isLessThan(0.25);
        }
    }

    @Test
    void sixKilohertzDoesNotComeBackAsATwoKilohertzAlias() {
        PcmAudio out = Resampler.toTelephoneRate(Tones.sine(6000, SECOND, 0.5, 44_100));
        PcmAudio reference = Tones.sine(2000, SECOND, 0.5, 8000);
        assertThat(ToneDetector.power(out, 2000)).isLessThan(ToneDetector.power(reference, 2000) / 1000);
    }

    @Test
    void upsamplingKeepsTheToneAndTheSameRateIsTheSameAudio() {
        PcmAudio source = Tones.sine(440, SECOND, 0.5, 8000);
        PcmAudio up = Resampler.resample(source, 16_000);
        assertThat(up.length()).isEqualTo(16_000);
        assertThat(ToneDetector.share(up, 440)).isGreaterThan(0.95);
        assertThat(Resampler.resample(source, 8000)).isSameAs(source);
    }

    @Test
    void ratesWithoutASmallRatioStillWork() {
        PcmAudio source = Tones.sine(1000, Duration.ofMillis(200), 0.5, 8_001);
        PcmAudio out = Resampler.resample(source, 8000);
        assertThat(ToneDetector.share(out, 1000)).isGreaterThan(0.9);
    }
}
