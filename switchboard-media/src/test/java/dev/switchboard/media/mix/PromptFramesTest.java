package dev.switchboard.media.mix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.media.audio.PcmAudio;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PromptFramesTest {
    @Test
    void cutsIntoFramesAndPadsTheLast() {
        short[] s = new short[400];
        for (int i = 0; i < s.length; i++) s[i] = (short) (i + 1);
        PromptFrames p = new PromptFrames(PcmAudio.of(s, 8000));
        assertThat(p.length()).isEqualTo(Duration.ofMillis(60));
        assertThat(p.next()[0]).isEqualTo((short) 1);
        assertThat(p.next()[0]).isEqualTo((short) 161);
        short[] last = p.next();
        assertThat(last[79]).isEqualTo((short) 400);
        assertThat(last[80]).isZero();
        assertThat(p.next()).isNull();
        assertThat(p.finished()).isTrue();
    }

    @Test
    void stopEndsItAtTheNextFrame() {
        PromptFrames p = new PromptFrames(PcmAudio.silence(Duration.ofSeconds(1), 8000));
        p.next();
        p.stop();
        assertThat(p.next()).isNull();
    }

    @Test
    void onlyTelephoneRate() {
        assertThatThrownBy(() -> new PromptFrames(PcmAudio.silence(Duration.ofSeconds(1), 16000)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
