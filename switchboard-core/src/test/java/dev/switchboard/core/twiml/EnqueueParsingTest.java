package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnqueueParsingTest {

    private static final Enqueue DEFAULT_ENQUEUE = new Enqueue("support", Optional.empty(), HttpMethod.POST,
            Optional.empty(), HttpMethod.POST, OptionalInt.empty(), Optional.empty(), Optional.empty());

    @Test
    void appliesDefaults() {
        assertThat(single(Enqueue.class, "<Enqueue> support </Enqueue>")).isEqualTo(DEFAULT_ENQUEUE);
    }

    @Test
    void readsEveryAttribute() {
        assertThat(single(Enqueue.class, "<Enqueue action=\"/left\" method=\"GET\" waitUrl=\"/hold\" waitUrlMethod=\"GET\""
                + " maxQueueSize=\"20\">support</Enqueue>")).isEqualTo(new Enqueue("support", Optional.of("/left"),
                HttpMethod.GET, Optional.of("/hold"), HttpMethod.GET, OptionalInt.of(20), Optional.empty(), Optional.empty()));
    }

    @Test
    void taskRouterEnqueueNeedsNoName() {
        Enqueue enqueue = single(Enqueue.class, "<Enqueue workflowSid=\"WW0123\">"
                + "<Task priority=\"5\" timeout=\"200\">{\"selected_language\": \"es\"}</Task></Enqueue>");

        assertThat(enqueue.name()).isEmpty();
        assertThat(enqueue.workflowSid()).contains("WW0123");
        assertThat(enqueue.task()).contains(
                new Task("{\"selected_language\": \"es\"}", OptionalInt.of(5), Optional.of(Duration.ofSeconds(200))));
    }

    @Test
    void enqueueWithoutNameOrWorkflowIsSkippedWith14204() {
        TwimlDocument document = parseBody("<Enqueue/>");

        assertThat(document.verbs()).isEmpty();
        assertThat(warningCodes(document)).containsExactly(14204);
    }

    @Test
    void queueNameOver64CharactersIsSkippedWith14205() {
        assertThat(warningCodes(parseBody("<Enqueue>" + "q".repeat(65) + "</Enqueue>"))).containsExactly(14205);
    }

    @ParameterizedTest(name = "{0}=\"{1}\" warns {2}")
    @CsvSource({
        "method,        PUT,   14201",
        "waitUrlMethod, PUT,   14206",
        "maxQueueSize,  0,     12200",
        "maxQueueSize,  5001,  12200",
    })
    void invalidAttributeWarnsWithItsCodeAndKeepsTheDefault(String attribute, String value, int code) {
        TwimlDocument document = parseBody("<Enqueue " + attribute + "=\"" + value + "\">support</Enqueue>");

        assertThat(document.verbs()).containsExactly(DEFAULT_ENQUEUE);
        assertThat(warningCodes(document)).containsExactly(code);
    }

    @Test
    void onlyOneTaskAndNothingElseNests() {
        TwimlDocument document = parseBody("<Enqueue>q<Task>{}</Task><Task>{}</Task><Say>x</Say></Enqueue>");

        assertThat(((Enqueue) document.verbs().getFirst()).task()).isPresent();
        assertThat(warningCodes(document)).containsExactly(12200, 12200);
    }
}
