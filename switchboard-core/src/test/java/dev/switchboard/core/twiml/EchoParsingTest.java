package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoParsingTest {

    @Test
    void parsesEcho() {
        assertThat(single(Echo.class, "<Echo/>")).isEqualTo(new Echo());
    }

    @Test
    void echoTakesNoContent() {
        TwimlDocument document = parseBody("<Echo><Say>x</Say></Echo>");

        assertThat(document.verbs()).containsExactly(new Echo());
        assertThat(warningCodes(document)).containsExactly(12200);
    }
}
