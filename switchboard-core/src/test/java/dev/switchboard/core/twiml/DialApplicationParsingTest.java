package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.fixture;
import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DialApplicationParsingTest {
    private static final String SID = "AP0123456789abcdef0123456789abcdef";

    private static DialApplication application(String body) {
        return (DialApplication) single(Dial.class, "<Dial>" + body + "</Dial>").nouns().getFirst();
    }

    @Test
    void applicationSidWithParameter() {
        TwimlDocument document = TwimlParser.parse(fixture("application-with-parameter.xml"));

        assertThat(document.warnings()).isEmpty();
        assertThat(((Dial) document.verbs().getFirst()).nouns()).containsExactly(new DialApplication(SID,
                List.of(new Parameter("x", "y")), Optional.empty(), false, LegCallbacks.DEFAULTS));
    }

    @Test
    void readsEveryAttribute() {
        DialApplication app = application("<Application customerId=\"customer-42\" copyParentTo=\"true\" url=\"/w\""
                + " method=\"GET\" statusCallback=\"/s\" statusCallbackMethod=\"GET\" statusCallbackEvent=\"initiated\">"
                + "<ApplicationSid> " + SID + " </ApplicationSid></Application>");

        assertThat(app).isEqualTo(new DialApplication(SID, List.of(), Optional.of("customer-42"), true,
                new LegCallbacks(Optional.of("/w"), HttpMethod.GET, Optional.of("/s"), HttpMethod.GET,
                        Set.of(CallProgressEvent.INITIATED))));
    }

    @Test
    void plainTextSidIsAccepted() {
        assertThat(application("<Application>" + SID + "</Application>").applicationSid()).isEqualTo(SID);
    }

    @Test
    void applicationWithoutSidIsSkipped() {
        TwimlDocument document = parseBody("<Dial><Application><Parameter name=\"x\" value=\"y\"/></Application></Dial>");

        assertThat(document.verbs()).isEmpty();
        assertThat(warningCodes(document)).containsExactly(12200, 13215);
    }

    @Test
    void invalidCopyParentToWarnsAndDefaultsToFalse() {
        TwimlDocument document = parseBody("<Dial><Application copyParentTo=\"yes\">" + SID + "</Application></Dial>");

        assertThat(((DialApplication) ((Dial) document.verbs().getFirst()).nouns().getFirst()).copyParentTo()).isFalse();
        assertThat(warningCodes(document)).containsExactly(12200);
    }

    @Test
    void twoApplicationsInOneDialKeepTheFirst() {
        TwimlDocument document = parseBody("<Dial><Application>" + SID + "</Application>"
                + "<Application>AP11111111111111111111111111111111</Application></Dial>");

        assertThat(((Dial) document.verbs().getFirst()).nouns()).singleElement()
                .extracting(n -> ((DialApplication) n).applicationSid()).isEqualTo(SID);
        assertThat(warningCodes(document)).containsExactly(13215);
    }
}
