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

class DialNumberParsingTest {

    private static DialNumber number(String body) {
        return (DialNumber) single(Dial.class, "<Dial>" + body + "</Dial>").nouns().getFirst();
    }

    @Test
    void appliesTwilioDefaults() {
        assertThat(number("<Number>+15558675310</Number>")).isEqualTo(DialNumber.of("+15558675310"));
        assertThat(LegCallbacks.DEFAULTS.statusCallbackEvent()).containsExactly(CallProgressEvent.COMPLETED);
    }

    @Test
    void readsEveryAttribute() {
        DialNumber n = number("<Number sendDigits=\"wwww1928\" url=\"/whisper\" method=\"GET\""
                + " statusCallbackEvent=\"initiated ringing answered completed\" statusCallback=\"/status\""
                + " statusCallbackMethod=\"GET\" byoc=\"BY0123\" machineDetection=\"DetectMessageEnd\""
                + " machineDetectionTimeout=\"45\" machineDetectionSpeechThreshold=\"3000\""
                + " machineDetectionSpeechEndThreshold=\"800\" machineDetectionSilenceTimeout=\"6000\""
                + " amdStatusCallback=\"/amd\" amdStatusCallbackMethod=\"GET\">+15558675310</Number>");

        assertThat(n).isEqualTo(new DialNumber("+15558675310", Optional.of("wwww1928"),
                new LegCallbacks(Optional.of("/whisper"), HttpMethod.GET, Optional.of("/status"), HttpMethod.GET,
                        Set.of(CallProgressEvent.values())),
                Optional.of("BY0123"),
                new MachineDetection(Optional.of(MachineDetection.Mode.DETECT_MESSAGE_END), Duration.ofSeconds(45),
                        Duration.ofMillis(3000), Duration.ofMillis(800), Duration.ofMillis(6000), Optional.of("/amd"),
                        HttpMethod.GET)));
    }

    @Test
    void statusCallbackEventToleratesCommas() {
        assertThat(number("<Number statusCallbackEvent=\"ringing,answered\">1</Number>").callbacks().statusCallbackEvent())
                .containsExactlyInAnyOrder(CallProgressEvent.RINGING, CallProgressEvent.ANSWERED);
    }

    @ParameterizedTest(name = "{0}=\"{1}\" warns {2}")
    @CsvSource({
        "sendDigits,                         12x,    13222",
        "method,                             PUT,    13221",
        "statusCallbackMethod,               PUT,    12200",
        "statusCallbackEvent,                hangup, 12200",
        "machineDetection,                   Yes,    12200",
        "machineDetectionTimeout,            2,      12200",
        "machineDetectionSpeechThreshold,    999,    12200",
        "machineDetectionSpeechEndThreshold, 5001,   12200",
        "machineDetectionSilenceTimeout,     1999,   12200",
        "amdStatusCallbackMethod,            PUT,    12200",
    })
    void invalidAttributeWarnsWithItsCodeAndKeepsTheDefault(String attribute, String value, int code) {
        TwimlDocument document = parseBody("<Dial><Number " + attribute + "=\"" + value + "\">+1555</Number></Dial>");

        assertThat(((Dial) document.verbs().getFirst()).nouns()).containsExactly(DialNumber.of("+1555"));
        assertThat(warningCodes(document)).containsExactly(code);
    }

    @Test
    void emptyNumberIsSkippedWith13223() {
        assertThat(warningCodes(parseBody("<Dial><Number> </Number><Number>+1</Number></Dial>")))
                .containsExactly(13223);
    }
}
