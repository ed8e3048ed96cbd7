package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeaveParsingTest {

    @Test
    void parsesLeave() {
        assertThat(single(Leave.class, "<Leave/>")).isEqualTo(new Leave());
    }

    @Test
    void leaveTakesNoAttributesOrContent() {
        TwimlDocument document = parseBody("<Leave queue=\"support\">now</Leave>");

        assertThat(document.verbs()).containsExactly(new Leave());
        assertThat(warningCodes(document)).containsExactly(12200, 12200);
    }
}
