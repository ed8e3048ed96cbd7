package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartParsingTest {

    @Test
    void startsAStreamWithDefaults() {
        Start start = single(Start.class, "<Start><Stream url=\"wss://example.com/audio\"/></Start>");

        assertThat(start).isEqualTo(new Start(Optional.empty(), HttpMethod.POST, List.of(new Stream(
                Optional.of("wss://example.com/audio"), Optional.empty(), Optional.empty(), Stream.Track.INBOUND_TRACK,
                Optional.empty(), HttpMethod.POST, List.of()))));
    }

    @Test
    void readsEveryStreamAttributeAndParameters() {
        Start start = single(Start.class, "<Start action=\"/started\" method=\"GET\"><Stream name=\"fork\""
                + " url=\"wss://example.com/a\" connectorName=\"conn\" track=\"both_tracks\" statusCallback=\"/s\""
                + " statusCallbackMethod=\"GET\"><Parameter name=\"agent\" value=\"Zoë &amp; co\"/></Stream></Start>");

        assertThat(start).isEqualTo(new Start(Optional.of("/started"), HttpMethod.GET, List.of(new Stream(
                Optional.of("wss://example.com/a"), Optional.of("fork"), Optional.of("conn"), Stream.Track.BOTH_TRACKS,
                Optional.of("/s"), HttpMethod.GET, List.of(new Parameter("agent", "Zoë & co"))))));
    }

    @Test
    void invalidTrackWarnsAndUsesInbound() {
        TwimlDocument document = parseBody("<Start><Stream url=\"wss://x\" track=\"left\"/></Start>");

        Stream stream = (Stream) ((Start) document.verbs().getFirst()).nouns().getFirst();
        assertThat(stream.track()).isEqualTo(Stream.Track.INBOUND_TRACK);
        assertThat(warningCodes(document)).containsExactly(12200);
    }

    @Test
    void streamWithoutUrlIsSkipped() {
        TwimlDocument document = parseBody("<Start><Stream name=\"x\"/></Start>");

        assertThat(document.verbs()).isEmpty();
        assertThat(warningCodes(document)).containsExactly(12200, 14300);
    }

    @Test
    void unsupportedForksAndForeignElementsAreSkipped() {
        TwimlDocument document = parseBody("<Start><Siprec connectorName=\"c\"/><Say>x</Say>"
                + "<Stream url=\"wss://x\"/></Start>");

        assertThat(((Start) document.verbs().getFirst()).nouns()).hasSize(1);
        assertThat(warningCodes(document)).containsExactly(12200, 14300);
    }
}
