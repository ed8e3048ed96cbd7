package dev.switchboard.media.mix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MixerTest {
    private static short[] level(int v) {
        short[] f = new short[Frames.SAMPLES];
        Arrays.fill(f, (short) v);
        return f;
    }

    @Test
    void eachHearsTheOthersNeverItself() {
        Mixer m = new Mixer();
        m.join("a", Mixer.Role.SPEAKER);
        m.join("b", Mixer.Role.SPEAKER);
        m.join("c", Mixer.Role.SPEAKER);
        m.speak("a", level(100));
        m.speak("b", level(20));
        Map<String, short[]> heard = m.mix();
        assertThat(heard.get("a")[0]).isEqualTo((short) 20);
        assertThat(heard.get("b")[0]).isEqualTo((short) 100);
        assertThat(heard.get("c")[0]).isEqualTo((short) 120);
        assertThat(m.mix().get("c")).as("a tick forgets what was said").isNull();
    }

    @Test
    void theSumSaturatesInsteadOfWrapping() {
        Mixer m = new Mixer();
        m.join("a", Mixer.Role.SPEAKER);
        m.join("b", Mixer.Role.SPEAKER);
        m.join("c", Mixer.Role.SPEAKER);
        m.speak("a", level(30_000));
        m.speak("b", level(30_000));
        assertThat(m.mix().get("c")[5]).isEqualTo(Short.MAX_VALUE);
        m.speak("a", level(-30_000));
        m.speak("b", level(-30_000));
        assertThat(m.mix().get("c")[5]).isEqualTo(Short.MIN_VALUE);
    }

    @Test
    void mutedIsHeardByNobodyButStillHears() {
        Mixer m = new Mixer();
        m.join("a", new Mixer.Role(true, false, null));
        m.join("b", Mixer.Role.SPEAKER);
        m.speak("a", level(100));
        m.speak("b", level(7));
        Map<String, short[]> heard = m.mix();
        assertThat(heard.get("b")).isNull();
        assertThat(heard.get("a")[0]).isEqualTo((short) 7);
    }

    @Test
    void heldNeitherHearsNorIsHeard() {
        Mixer m = new Mixer();
        m.join("a", new Mixer.Role(false, true, null));
        m.join("b", Mixer.Role.SPEAKER);
        m.speak("a", level(100));
        m.speak("b", level(7));
        Map<String, short[]> heard = m.mix();
        assertThat(heard.get("a")).isNull();
        assertThat(heard.get("b")).isNull();
    }

    @Test
    void aCoachIsHeardOnlyByTheOneItCoachesAndHearsEveryone() {
        Mixer m = new Mixer();
        m.join("agent", Mixer.Role.SPEAKER);
        m.join("customer", Mixer.Role.SPEAKER);
        m.join("coach", new Mixer.Role(false, false, "agent"));
        m.speak("coach", level(5));
        m.speak("customer", level(40));
        Map<String, short[]> heard = m.mix();
        assertThat(heard.get("agent")[0]).isEqualTo((short) 45);
        assertThat(heard.get("customer")).isNull();
        assertThat(heard.get("coach")[0]).isEqualTo((short) 40);
    }

    @Test
    void whoLeftIsNotMixed() {
        Mixer m = new Mixer();
        m.join("a", Mixer.Role.SPEAKER);
        m.join("b", Mixer.Role.SPEAKER);
        m.speak("a", level(100));
        m.leave("a");
        assertThat(m.mix()).containsOnlyKeys("b").containsEntry("b", null);
        m.speak("ghost", level(1));
        assertThat(m.mix().get("b")).isNull();
    }
}
