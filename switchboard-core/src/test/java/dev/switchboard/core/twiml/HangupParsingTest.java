package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.fixture;
import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HangupParsingTest {

    @Test
    void bareHangupHasNoParameters() {
        assertThat(single(Hangup.class, "<Hangup/>")).isEqualTo(new Hangup(List.of()));
    }

    @Test
    void carriesParametersBackToTheDialingApplication() {
        TwimlDocument document = TwimlParser.parse(fixture("hangup-with-parameter.xml"));

        assertThat(document.warnings()).isEmpty();
        assertThat(document.verbs()).containsExactly(new Hangup(List.of(new Parameter("outcome", "resolved"))));
    }

    @Test
    void otherChildrenAndAttributesAreWarnedAndIgnored() {
        TwimlDocument document = parseBody("<Hangup reason=\"x\"><Say>bye</Say><Parameter name=\"a\" value=\"1\"/></Hangup>");

        assertThat(document.verbs()).containsExactly(new Hangup(List.of(new Parameter("a", "1"))));
        assertThat(warningCodes(document)).containsExactly(12200, 12200);
    }
}
