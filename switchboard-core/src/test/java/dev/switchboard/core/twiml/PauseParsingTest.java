package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PauseParsingTest {

    @Test
    void defaultsToOneSecond() {
        assertThat(single(Pause.class, "<Pause/>").length()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void readsLength() {
        assertThat(single(Pause.class, "<Pause length=\"10\"/>").length()).isEqualTo(Duration.ofSeconds(10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "ten", "2.5"})
    void invalidLengthWarns13910AndUsesOneSecond(String length) {
        TwimlDocument document = parseBody("<Pause length=\"" + length + "\"/>");

        assertThat(document.verbs()).containsExactly(new Pause(Duration.ofSeconds(1)));
        assertThat(warningCodes(document)).containsExactly(13910);
    }

    @Test
    void contentIsWarnedAndIgnored() {
        TwimlDocument document = parseBody("<Pause>wait<Say>x</Say></Pause>");

        assertThat(document.verbs()).containsExactly(new Pause(Duration.ofSeconds(1)));
        assertThat(warningCodes(document)).containsExactly(12200, 12200);
    }
}
