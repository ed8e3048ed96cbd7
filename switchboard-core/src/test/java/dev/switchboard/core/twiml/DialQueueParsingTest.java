package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DialQueueParsingTest {

    private static DialQueue queue(String body) {
        return (DialQueue) single(Dial.class, "<Dial>" + body + "</Dial>").nouns().getFirst();
    }

    @Test
    void appliesDefaults() {
        assertThat(queue("<Queue>support</Queue>")).isEqualTo(
                new DialQueue("support", Optional.empty(), HttpMethod.POST, Optional.empty(), Optional.empty()));
    }

    @Test
    void readsEveryAttribute() {
        assertThat(queue("<Queue url=\"/about-to-connect\" method=\"GET\" reservationSid=\"WR0123\""
                + " postWorkActivitySid=\"WA0123\">support</Queue>")).isEqualTo(
                new DialQueue("support", Optional.of("/about-to-connect"), HttpMethod.GET, Optional.of("WR0123"),
                        Optional.of("WA0123")));
    }

    @Test
    void invalidMethodWarns14210() {
        assertThat(warningCodes(parseBody("<Dial><Queue method=\"PUT\">q</Queue></Dial>"))).containsExactly(14210);
    }

    @Test
    void emptyQueueNameIsSkippedWith14212() {
        assertThat(warningCodes(parseBody("<Dial><Queue/></Dial>"))).containsExactly(14212, 13215);
    }

    @Test
    void queueNameOver64CharactersIsSkippedWith14213() {
        assertThat(single(Dial.class, "<Dial><Queue>" + "q".repeat(64) + "</Queue></Dial>").nouns()).hasSize(1);
        assertThat(warningCodes(parseBody("<Dial><Queue>" + "q".repeat(65) + "</Queue></Dial>")))
                .containsExactly(14213, 13215);
    }
}
