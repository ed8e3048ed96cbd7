package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectParsingTest {

    @Test
    void connectsABidirectionalStream() {
        Connect connect = single(Connect.class, "<Connect action=\"/after\" method=\"GET\">"
                + "<Stream url=\"wss://example.com/bot\"><Parameter name=\"lang\" value=\"en\"/></Stream></Connect>");

        assertThat(connect).isEqualTo(new Connect(Optional.of("/after"), HttpMethod.GET, new Stream(
                Optional.of("wss://example.com/bot"), Optional.empty(), Optional.empty(), Stream.Track.INBOUND_TRACK,
                Optional.empty(), HttpMethod.POST, List.of(new Parameter("lang", "en")))));
    }

    @Test
    void takesOneNoun() {
        TwimlDocument document = parseBody("<Connect><Stream url=\"wss://a\"/><Stream url=\"wss://b\"/></Connect>");

        assertThat(((Stream) ((Connect) document.verbs().getFirst()).noun()).url()).contains("wss://a");
        assertThat(warningCodes(document)).containsExactly(12200);
    }

    @Test
    void unsupportedNounsLeaveNothingToConnect() {
        TwimlDocument document = parseBody("<Connect><ConversationRelay url=\"wss://x\"/></Connect><Hangup/>");

        assertThat(document.verbs()).singleElement().isInstanceOf(Hangup.class);
        assertThat(warningCodes(document)).containsExactly(12200, 12200);
        assertThat(document.warnings().getFirst().detail()).contains("not supported");
    }
}
