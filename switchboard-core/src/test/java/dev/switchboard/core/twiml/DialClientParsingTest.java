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

class DialClientParsingTest {

    private static DialClient client(String body) {
        return (DialClient) single(Dial.class, "<Dial>" + body + "</Dial>").nouns().getFirst();
    }

    @Test
    void plainTextIdentity() {
        assertThat(client("<Client> joey </Client>"))
                .isEqualTo(new DialClient("joey", List.of(), LegCallbacks.DEFAULTS, Optional.empty()));
    }

    @Test
    void identityElementWithParameter() {
        TwimlDocument document = TwimlParser.parse(fixture("client-identity-with-parameter.xml"));

        assertThat(document.warnings()).isEmpty();
        Dial dial = (Dial) document.verbs().getFirst();
        assertThat(dial.nouns()).containsExactly(new DialClient("alice", List.of(new Parameter("foo", "bar")),
                LegCallbacks.DEFAULTS, Optional.empty()));
    }

    @Test
    void readsEveryAttribute() {
        DialClient c = client("<Client url=\"/whisper\" method=\"GET\" statusCallbackEvent=\"ringing answered\""
                + " statusCallback=\"/status\" statusCallbackMethod=\"GET\" clientNotificationUrl=\"https://push.example.com/n\">"
                + "<Identity>alice</Identity></Client>");

        assertThat(c).isEqualTo(new DialClient("alice", List.of(),
                new LegCallbacks(Optional.of("/whisper"), HttpMethod.GET, Optional.of("/status"), HttpMethod.GET,
                        Set.of(CallProgressEvent.RINGING, CallProgressEvent.ANSWERED)),
                Optional.of("https://push.example.com/n")));
    }

    @Test
    void identityElementWinsOverText() {
        TwimlDocument document = parseBody("<Dial><Client>bob<Identity>alice</Identity></Client></Dial>");

        assertThat(((DialClient) ((Dial) document.verbs().getFirst()).nouns().getFirst()).identity()).isEqualTo("alice");
        assertThat(warningCodes(document)).containsExactly(12200);
    }

    @Test
    void clientWithoutIdentityIsSkipped() {
        TwimlDocument document = parseBody("<Dial><Client><Parameter name=\"a\" value=\"b\"/></Client></Dial>");

        assertThat(document.verbs()).isEmpty();
        assertThat(warningCodes(document)).containsExactly(12200, 13215);
    }

    @Test
    void identityLongerThan256CharactersIsSkipped() {
        TwimlDocument document = parseBody("<Dial><Client>" + "a".repeat(257) + "</Client></Dial>");

        assertThat(document.verbs()).isEmpty();
        assertThat(document.warnings().getFirst().detail()).contains("256");
    }

    @Test
    void otherChildrenAreSkipped() {
        TwimlDocument document = parseBody("<Dial><Client><Identity>a</Identity><Identity>b</Identity><Say>x</Say></Client></Dial>");

        assertThat(((DialClient) ((Dial) document.verbs().getFirst()).nouns().getFirst()).identity()).isEqualTo("a");
        assertThat(warningCodes(document)).containsExactly(12200, 12200);
    }
}
