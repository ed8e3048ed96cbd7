package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.fixture;
import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RejectParsingTest {

    @Test
    void defaultsToRejected() {
        assertThat(single(Reject.class, "<Reject/>")).isEqualTo(new Reject(Reject.Reason.REJECTED, List.of()));
    }

    @ParameterizedTest
    @CsvSource({"busy, BUSY", "rejected, REJECTED", "BUSY, BUSY"})
    void readsReason(String wire, Reject.Reason reason) {
        assertThat(single(Reject.class, "<Reject reason=\"" + wire + "\"/>").reason()).isEqualTo(reason);
    }

    @Test
    void busyWithParameter() {
        TwimlDocument document = TwimlParser.parse(fixture("reject-busy-with-parameter.xml"));

        assertThat(document.warnings()).isEmpty();
        assertThat(document.verbs()).containsExactly(
                new Reject(Reject.Reason.BUSY, List.of(new Parameter("why", "agent unavailable"))));
    }

    @Test
    void invalidReasonWarns13810AndRejects() {
        TwimlDocument document = parseBody("<Reject reason=\"no-answer\"/>");

        assertThat(document.verbs()).containsExactly(new Reject(Reject.Reason.REJECTED, List.of()));
        assertThat(warningCodes(document)).containsExactly(13810);
    }
}
