package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordParsingTest {

    @Test
    void appliesTwilioDefaults() {
        Record record = single(Record.class, "<Record/>");

        assertThat(record).isEqualTo(new Record(Optional.empty(), HttpMethod.POST, Duration.ofSeconds(5),
                "1234567890*#", Duration.ofSeconds(3600), true, Trim.TRIM_SILENCE, Optional.empty(), HttpMethod.POST,
                Set.of(RecordingEvent.COMPLETED), false, Optional.empty()));
    }

    @Test
    void readsEveryAttribute() {
        Record record = single(Record.class, "<Record action=\"/done\" method=\"GET\" timeout=\"0\" finishOnKey=\"#\""
                + " maxLength=\"20\" playBeep=\"false\" trim=\"do-not-trim\" recordingStatusCallback=\"/rsc\""
                + " recordingStatusCallbackMethod=\"GET\" recordingStatusCallbackEvent=\"in-progress completed absent\""
                + " transcribe=\"true\" transcribeCallback=\"/tc\"/>");

        assertThat(record).isEqualTo(new Record(Optional.of("/done"), HttpMethod.GET, Duration.ZERO, "#",
                Duration.ofSeconds(20), false, Trim.DO_NOT_TRIM, Optional.of("/rsc"), HttpMethod.GET,
                Set.of(RecordingEvent.IN_PROGRESS, RecordingEvent.COMPLETED, RecordingEvent.ABSENT), true,
                Optional.of("/tc")));
    }

    @Test
    void finishOnKeyIsASetOfKeys() {
        assertThat(single(Record.class, "<Record finishOnKey=\"*#0\"/>").finishOnKey()).isEqualTo("*#0");
        assertThat(single(Record.class, "<Record finishOnKey=\"\"/>").finishOnKey()).isEmpty();
    }

    @ParameterizedTest(name = "{0}=\"{1}\" warns {2}")
    @CsvSource({
        "method,                        PATCH,   13610",
        "timeout,                       -1,      13611",
        "maxLength,                     0,       13612",
        "maxLength,                     1h,      13612",
        "finishOnKey,                   abc,     13613",
        "transcribe,                    yes,     13614",
        "playBeep,                      no,      13616",
        "recordingStatusCallbackEvent,  started, 13621",
        "trim,                          silence, 13699",
        "recordingStatusCallbackMethod, PUT,     12200",
    })
    void invalidAttributeWarnsWithItsCodeAndKeepsTheDefault(String attribute, String value, int code) {
        TwimlDocument document = parseBody("<Record " + attribute + "=\"" + value + "\"/>");

        assertThat(document.verbs()).containsExactly(single(Record.class, "<Record/>"));
        assertThat(warningCodes(document)).containsExactly(code);
    }

    @Test
    void contentIsWarnedAndIgnored() {
        assertThat(warningCodes(parseBody("<Record><Say>x</Say></Record>"))).containsExactly(12200);
    }
}
