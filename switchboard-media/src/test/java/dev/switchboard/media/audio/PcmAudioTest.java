package dev.switchboard.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PcmAudioTest {
    @Test
    void durationFollowsTheRate() {
        assertThat(PcmAudio.silence(Duration.ofMillis(1500), 8000).length()).isEqualTo(12_000);
        assertThat(PcmAudio.of(new short[16_000], 16_000).duration()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void isImmutable() {
        short[] raw = {1, 2, 3};
        PcmAudio a = PcmAudio.of(raw, 8000);
        raw[0] = 9;
        a.samples()[1] = 9;
        assertThat(a.samples()).containsExactly(1, 2, 3);
    }

    @Test
    void appendsAndSlices() {
        PcmAudio a = PcmAudio.of(new short[] {1, 2}, 8000).append(PcmAudio.of(new short[] {3}, 8000));
        assertThat(a.samples()).containsExactly(1, 2, 3);
        assertThat(a.slice(1, 3)).isEqualTo(PcmAudio.of(new short[] {2, 3}, 8000));
        assertThatThrownBy(() -> a.append(PcmAudio.of(new short[1], 16000))).isInstanceOf(IllegalArgumentException.class);
    }
}
