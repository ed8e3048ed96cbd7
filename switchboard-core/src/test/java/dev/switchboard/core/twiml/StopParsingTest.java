package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StopParsingTest {

    @Test
    void stopsAStreamByName() {
        Stop stop = single(Stop.class, "<Stop><Stream name=\"fork\"/></Stop>");

        assertThat(stop).isEqualTo(new Stop(List.of(new Stream(Optional.empty(), Optional.of("fork"), Optional.empty(),
                Stream.Track.INBOUND_TRACK, Optional.empty(), HttpMethod.POST, List.of()))));
    }

    @Test
    void streamWithoutNameCannotBeStopped() {
        TwimlDocument document = parseBody("<Stop><Stream url=\"wss://x\"/></Stop>");

        assertThat(document.verbs()).isEmpty();
        assertThat(warningCodes(document)).containsExactly(12200, 12200);
    }

    @Test
    void emptyStopIsSkipped() {
        assertThat(parseBody("<Stop/>").verbs()).isEmpty();
    }
}
