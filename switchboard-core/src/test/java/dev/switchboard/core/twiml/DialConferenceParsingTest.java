package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DialConferenceParsingTest {

    private static final DialConference DEFAULT_ROOM = new DialConference("Room 1234", false,
            DialConference.Beep.TRUE, true, false, Optional.empty(), HttpMethod.POST, 250,
            DialConference.RecordMode.DO_NOT_RECORD, Optional.empty(), Optional.empty(), Trim.TRIM_SILENCE, Set.of(),
            Optional.empty(), HttpMethod.POST, Optional.empty(), HttpMethod.POST, Set.of(RecordingEvent.COMPLETED),
            Optional.empty(), DialConference.JitterBufferSize.LARGE, Optional.empty());

    private static DialConference conference(String body) {
        return (DialConference) single(Dial.class, "<Dial>" + body + "</Dial>").nouns().getFirst();
    }

    @Test
    void appliesTwilioDefaults() {
        assertThat(conference("<Conference>Room 1234</Conference>")).isEqualTo(DEFAULT_ROOM);
    }

    @Test
    void readsEveryAttribute() {
        DialConference c = conference("<Conference muted=\"true\" beep=\"onExit\" startConferenceOnEnter=\"false\""
                + " endConferenceOnExit=\"true\" waitUrl=\"\" waitMethod=\"GET\" maxParticipants=\"10\""
                + " record=\"record-from-start\" region=\"ie1\" coach=\"CA0123\" trim=\"do-not-trim\""
                + " statusCallbackEvent=\"start end join leave mute hold modify speaker announcement\""
                + " statusCallback=\"/conf\" statusCallbackMethod=\"GET\" recordingStatusCallback=\"/rec\""
                + " recordingStatusCallbackMethod=\"GET\" recordingStatusCallbackEvent=\"in-progress\""
                + " eventCallbackUrl=\"/events\" jitterBufferSize=\"off\" participantLabel=\"agent\">Room 1234</Conference>");

        assertThat(c).isEqualTo(new DialConference("Room 1234", true, DialConference.Beep.ON_EXIT, false, true,
                Optional.of(""), HttpMethod.GET, 10, DialConference.RecordMode.RECORD_FROM_START,
                Optional.of(DialConference.Region.IE1), Optional.of("CA0123"), Trim.DO_NOT_TRIM,
                Set.of(DialConference.Event.values()), Optional.of("/conf"), HttpMethod.GET, Optional.of("/rec"),
                HttpMethod.GET, Set.of(RecordingEvent.IN_PROGRESS), Optional.of("/events"),
                DialConference.JitterBufferSize.OFF, Optional.of("agent")));
    }

    @Test
    void emptyWaitUrlMeansSilenceAndIsKept() {
        assertThat(conference("<Conference waitUrl=\"\">r</Conference>").waitUrl()).contains("");
        assertThat(conference("<Conference>r</Conference>").waitUrl()).isEmpty();
    }

    @ParameterizedTest(name = "{0}=\"{1}\" warns {2}")
    @CsvSource({
        "muted,                  yes,     13230",
        "endConferenceOnExit,    yes,     13231",
        "startConferenceOnEnter, yes,     13232",
        "waitMethod,             PUT,     13234",
        "beep,                   loud,    13235",
        "trim,                   silence, 13239",
        "maxParticipants,        251,     12200",
        "maxParticipants,        1,       12200",
        "record,                 true,    12200",
        "region,                 mars1,   12200",
        "jitterBufferSize,       huge,    12200",
        "statusCallbackEvent,    ring,    12200",
        "recordingStatusCallbackEvent, done, 13621",
    })
    void invalidAttributeWarnsWithItsCodeAndKeepsTheDefault(String attribute, String value, int code) {
        TwimlDocument document = parseBody("<Dial><Conference " + attribute + "=\"" + value + "\">Room 1234</Conference></Dial>");

        assertThat(((Dial) document.verbs().getFirst()).nouns()).containsExactly(DEFAULT_ROOM);
        assertThat(warningCodes(document)).containsExactly(code);
    }

    @Test
    void conferenceWithoutNameIsSkippedWith13237() {
        assertThat(warningCodes(parseBody("<Dial><Conference/></Dial>"))).containsExactly(13237, 13215);
    }
}
