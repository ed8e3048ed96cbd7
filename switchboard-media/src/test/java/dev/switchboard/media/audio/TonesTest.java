package dev.switchboard.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TonesTest {
    @Test
    void aSineHasItsLengthPeakAndFrequency() {
        PcmAudio tone = Tones.sine(440, Duration.ofMillis(250), 0.5, 8000);
        assertThat(tone.length()).isEqualTo(2000);
        assertThat(AudioLevels.peak(tone)).isBetween(16_300, 16_384);
        assertThat(ToneDetector.share(tone, 440)).isGreaterThan(0.98);
        assertThat(ToneDetector.isDominant(tone, 440)).isTrue();
        assertThat(ToneDetector.isDominant(tone, 1000)).isFalse();
    }

    @Test
    void theBeepIsHalfASecondOfOneKilohertzThatFadesInAndOut() {
        PcmAudio beep = Tones.beep(8000);
        assertThat(beep.duration()).isEqualTo(Duration.ofMillis(500));
        assertThat(beep.sample(0)).isZero();
        assertThat(beep.sample(beep.length() - 1)).isZero();
        assertThat(ToneDetector.isDominant(beep, 1000, 0.95)).isTrue();
    }

    @Test
    void everyDtmfKeyHoldsItsTwoQ23FrequenciesAndNoOther() {
        double[] all = {697, 770, 852, 941, 1209, 1336, 1477, 1633};
        for (char key : "0123456789*#ABCD".toCharArray()) {
            PcmAudio audio = Tones.dtmf(key, Duration.ofMillis(100), 8000);
            double[] pair = Tones.dtmfFrequencies(key);
            for (double f : all) {
                double share = ToneDetector.share(audio, f);
                if (f == pair[0] || f == pair[1]) assertThat(share).as("%s at %s", key, f).isBetween(0.4, 0.6);
                else assertThat(share).as("%s at %s", key, f).isLessThan(0.05);
            }
        }
        assertThat(Tones.dtmfFrequencies('5')).containsExactly(770, 1336);
        assertThat(Tones.dtmfFrequencies('#')).containsExactly(941, 1477);
        assertThatThrownBy(() -> Tones.dtmf('E', Duration.ofMillis(10), 8000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void silenceHasNoDominantFrequency() {
        assertThat(ToneDetector.share(PcmAudio.silence(Duration.ofMillis(100), 8000), 1000)).isZero();
    }
}
