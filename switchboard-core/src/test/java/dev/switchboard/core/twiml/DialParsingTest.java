package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.fixture;
import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DialParsingTest {

    private static final Dial DEFAULT_DIAL = new Dial(List.of(DialNumber.of("+15558675310")), Optional.empty(),
            HttpMethod.POST, Duration.ofSeconds(30), Duration.ofSeconds(14_400), Optional.empty(), Optional.empty(),
            false, false, Dial.RecordMode.DO_NOT_RECORD, Trim.DO_NOT_TRIM, Optional.empty(), HttpMethod.POST,
            Set.of(RecordingEvent.COMPLETED), Dial.RecordingTrack.BOTH, Optional.empty(), Optional.empty(),
            Optional.empty(), HttpMethod.POST, false, Set.of());

    @Test
    void plainTextBodyIsANumberWithTwilioDefaults() {
        assertThat(single(Dial.class, "<Dial> +15558675310 </Dial>")).isEqualTo(DEFAULT_DIAL);
    }

    @Test
    void readsEveryAttribute() {
        Dial dial = single(Dial.class, "<Dial action=\"/after\" method=\"GET\" timeout=\"10\" timeLimit=\"60\""
                + " callerId=\"+15551112222\" callReason=\"Appointment reminder\" answerOnBridge=\"true\""
                + " hangupOnStar=\"true\" record=\"record-from-ringing-dual\" trim=\"trim-silence\""
                + " recordingStatusCallback=\"/rec\" recordingStatusCallbackMethod=\"GET\""
                + " recordingStatusCallbackEvent=\"in-progress completed\" recordingTrack=\"inbound\""
                + " recordingConfigurationId=\"RCabc\" ringTone=\"us-old\" referUrl=\"/refer\" referMethod=\"GET\""
                + " sequential=\"true\" events=\"call-progress-event\">+15558675310</Dial>");

        assertThat(dial).isEqualTo(new Dial(List.of(DialNumber.of("+15558675310")), Optional.of("/after"),
                HttpMethod.GET, Duration.ofSeconds(10), Duration.ofSeconds(60), Optional.of("+15551112222"),
                Optional.of("Appointment reminder"), true, true, Dial.RecordMode.RECORD_FROM_RINGING_DUAL,
                Trim.TRIM_SILENCE, Optional.of("/rec"), HttpMethod.GET,
                Set.of(RecordingEvent.IN_PROGRESS, RecordingEvent.COMPLETED), Dial.RecordingTrack.INBOUND,
                Optional.of("RCabc"), Optional.of(Dial.RingTone.US_OLD), Optional.of("/refer"), HttpMethod.GET, true,
                Set.of(Dial.Event.CALL_PROGRESS_EVENT)));
    }

    @ParameterizedTest
    @CsvSource({"true, RECORD_FROM_ANSWER", "false, DO_NOT_RECORD", "record-from-answer, RECORD_FROM_ANSWER",
        "do-not-record, DO_NOT_RECORD", "record-from-answer-dual, RECORD_FROM_ANSWER_DUAL"})
    void recordAcceptsModesAndLegacyBooleans(String wire, Dial.RecordMode mode) {
        assertThat(single(Dial.class, "<Dial record=\"" + wire + "\">+15558675310</Dial>").record()).isEqualTo(mode);
    }

    @ParameterizedTest(name = "{0}=\"{1}\" warns {2}")
    @CsvSource({
        "method,                        PUT,       13210",
        "timeout,                       abc,       13212",
        "timeout,                       4,         13212",
        "timeout,                       601,       13212",
        "hangupOnStar,                  yes,       13213",
        "timeLimit,                     0,         13216",
        "timeLimit,                     86401,     13216",
        "record,                        always,    13217",
        "sequential,                    1,         13218",
        "answerOnBridge,                maybe,     13219",
        "ringTone,                      xx,        13220",
        "recordingStatusCallbackEvent,  started,   13621",
        "trim,                          yes,       12200",
        "recordingTrack,                left,      12200",
        "recordingStatusCallbackMethod, PUT,       12200",
        "referMethod,                   PUT,       12200",
        "events,                        all,       12200",
        "statusCallback,                /x,        12200",
    })
    void invalidAttributeWarnsWithItsCodeAndKeepsTheDefault(String attribute, String value, int code) {
        TwimlDocument document = parseBody("<Dial " + attribute + "=\"" + value + "\">+15558675310</Dial>");

        assertThat(document.verbs()).containsExactly(DEFAULT_DIAL);
        assertThat(warningCodes(document)).containsExactly(code);
    }

    @Test
    void timeoutBoundsAreInclusive() {
        assertThat(single(Dial.class, "<Dial timeout=\"5\">1</Dial>").timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(single(Dial.class, "<Dial timeout=\"600\">1</Dial>").timeout()).isEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void numbersAndClientsRingTogether() {
        Dial dial = single(Dial.class, "<Dial><Number>+15550000001</Number><Client>bob</Client>"
                + "<Number>+15550000002</Number></Dial>");

        assertThat(dial.nouns()).hasSize(3).first().isEqualTo(DialNumber.of("+15550000001"));
        assertThat(dial.nouns().get(1)).isInstanceOf(DialClient.class);
    }

    @Test
    void atMostTenNounsRingTogether() {
        String eleven = "<Number>+1555000000</Number>".repeat(11);

        TwimlDocument document = parseBody("<Dial>" + eleven + "</Dial>");

        assertThat(((Dial) document.verbs().getFirst()).nouns()).hasSize(10);
        assertThat(warningCodes(document)).containsExactly(13215);
    }

    @Test
    void applicationCannotBeCombinedWithAnotherNoun() {
        TwimlDocument document = TwimlParser.parse(fixture("dial-application-with-second-noun.xml"));

        Dial dial = (Dial) document.verbs().getFirst();
        assertThat(dial.nouns()).singleElement().isInstanceOf(DialApplication.class);
        assertThat(document.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(13215);
            assertThat(w.line()).isEqualTo(7);
            assertThat(w.detail()).contains("<Number> cannot be combined with <Application>");
        });
    }

    @ParameterizedTest(name = "{0} then {1} warns {2}")
    @CsvSource(delimiter = '|', value = {
        "<Conference>room</Conference> | <Number>+1555</Number>       | 13000",
        "<Number>+1555</Number>         | <Conference>room</Conference> | 13000",
        "<Sip>sip:a@b.com</Sip>         | <Queue>support</Queue>        | 13215",
        "<Queue>support</Queue>         | <Client>alice</Client>        | 13215",
        "<Conference>a</Conference>     | <Conference>b</Conference>    | 13215",
    })
    void exclusiveNounsKeepTheFirstAndSkipTheRest(String first, String second, int code) {
        TwimlDocument document = parseBody("<Dial>" + first + second + "</Dial>");

        assertThat(((Dial) document.verbs().getFirst()).nouns()).hasSize(1);
        assertThat(warningCodes(document)).containsExactly(code);
    }

    @ParameterizedTest(name = "{0} rings with {1}")
    @CsvSource(delimiter = '|', value = {
        "<Client>alice</Client>         | <Sip>sip:a@b.com</Sip>",
        "<Sip>sip:a@b.com</Sip>         | <Sip>sip:c@d.com</Sip>",
        "<Sip>sip:a@b.com</Sip>         | <Number>+15550000001</Number>",
    })
    void sipRingsTogetherWithNumbersClientsAndOtherSipAddresses(String first, String second) {
        TwimlDocument document = parseBody("<Dial>" + first + second + "</Dial>");

        assertThat(((Dial) document.verbs().getFirst()).nouns()).hasSize(2);
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void textBesideNounsIsIgnored() {
        TwimlDocument document = parseBody("<Dial>+15550000000<Number>+15550000001</Number></Dial>");

        assertThat(((Dial) document.verbs().getFirst()).nouns()).containsExactly(DialNumber.of("+15550000001"));
        assertThat(warningCodes(document)).containsExactly(13215);
    }

    @Test
    void verbsNestedInDialAreSkippedWith13215() {
        TwimlDocument document = parseBody("<Dial><Say>hi</Say><Number>+15550000001</Number></Dial>");

        assertThat(((Dial) document.verbs().getFirst()).nouns()).hasSize(1);
        assertThat(warningCodes(document)).containsExactly(13215);
    }

    @Test
    void unsupportedNounsAreSkipped() {
        TwimlDocument document = parseBody("<Dial><Sim>DE0123</Sim><Number>+15550000001</Number></Dial>");

        assertThat(((Dial) document.verbs().getFirst()).nouns()).hasSize(1);
        assertThat(warningCodes(document)).containsExactly(12200);
    }

    @Test
    void dialWithNothingToDialIsSkipped() {
        TwimlDocument document = parseBody("<Dial timeout=\"10\"/><Dial><Number/></Dial><Hangup/>");

        assertThat(document.verbs()).singleElement().isInstanceOf(Hangup.class);
        assertThat(warningCodes(document)).containsExactly(13215, 13223, 13215);
    }
}
