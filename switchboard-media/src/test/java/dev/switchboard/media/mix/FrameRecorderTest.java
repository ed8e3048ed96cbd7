package dev.switchboard.media.mix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FrameRecorderTest {
    private static short[] level(int v) {
        short[] f = Frames.silence();
        Arrays.fill(f, (short) v);
        return f;
    }

    @Test
    void keepsFramesAndMissingOnesAsSilenceUpToTheMaximum() {
        FrameRecorder r = new FrameRecorder(Duration.ofMillis(60));
        assertThat(r.accept(level(3))).isTrue();
        assertThat(r.accept(null)).isTrue();
        assertThat(r.accept(level(5))).isTrue();
        assertThat(r.full()).isTrue();
        assertThat(r.accept(level(9))).isFalse();
        var audio = r.stop();
        assertThat(audio.length()).isEqualTo(3 * Frames.SAMPLES);
        assertThat(audio.sample(0)).isEqualTo((short) 3);
        assertThat(audio.sample(Frames.SAMPLES)).isZero();
        assertThat(audio.sample(2 * Frames.SAMPLES)).isEqualTo((short) 5);
    }

    @Test
    void pausedTicksAreSkippedAndGrowthIsUnbounded() {
        FrameRecorder r = new FrameRecorder(Duration.ofMinutes(10));
        r.accept(level(1));
        r.pause();
        r.accept(level(2));
        r.resume();
        for (int i = 0; i < 200; i++) r.accept(level(4));
        assertThat(r.length()).isEqualTo(Duration.ofMillis(201 * 20));
        assertThat(r.stop().sample(Frames.SAMPLES)).isEqualTo((short) 4);
        assertThat(r.accept(level(1))).as("stopped").isFalse();
    }
}
