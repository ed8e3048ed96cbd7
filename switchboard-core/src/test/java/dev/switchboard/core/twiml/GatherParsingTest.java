package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.fixture;
import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatherParsingTest {

    @Test
    void appliesTwilioDefaults() {
        Gather gather = single(Gather.class, "<Gather/>");

        assertThat(gather).isEqualTo(new Gather(Set.of(Gather.Input.DTMF), Optional.empty(), HttpMethod.POST,
                Duration.ofSeconds(5), new SpeechTimeout.After(Duration.ofSeconds(5)), Duration.ofSeconds(60), true,
                "#", OptionalInt.empty(), Optional.empty(), HttpMethod.POST, "en-US", Optional.empty(), true, false,
                false, Optional.empty(), false, List.of()));
    }

    @Test
    void readsEveryAttribute() {
        Gather gather = single(Gather.class, "<Gather input=\"dtmf speech\" action=\"/menu\" method=\"GET\" timeout=\"7\""
                + " speechTimeout=\"auto\" maxSpeechTime=\"30\" profanityFilter=\"false\" finishOnKey=\"*\" numDigits=\"4\""
                + " partialResultCallback=\"https://x/partial\" partialResultCallbackMethod=\"GET\" language=\"es-MX\""
                + " hints=\"sales, support\" bargeIn=\"false\" debug=\"true\" actionOnEmptyResult=\"true\""
                + " speechModel=\"phone_call\" enhanced=\"true\"/>");

        assertThat(gather).isEqualTo(new Gather(Set.of(Gather.Input.DTMF, Gather.Input.SPEECH), Optional.of("/menu"),
                HttpMethod.GET, Duration.ofSeconds(7), new SpeechTimeout.Auto(), Duration.ofSeconds(30), false, "*",
                OptionalInt.of(4), Optional.of("https://x/partial"), HttpMethod.GET, "es-MX",
                Optional.of("sales, support"), false, true, true, Optional.of("phone_call"), true, List.of()));
    }

    @Test
    void speechTimeoutDefaultsToTheTimeout() {
        assertThat(single(Gather.class, "<Gather timeout=\"12\"/>").speechTimeout())
                .isEqualTo(new SpeechTimeout.After(Duration.ofSeconds(12)));
        assertThat(single(Gather.class, "<Gather timeout=\"12\" speechTimeout=\"3\"/>").speechTimeout())
                .isEqualTo(new SpeechTimeout.After(Duration.ofSeconds(3)));
    }

    @Test
    void emptyFinishOnKeyDisablesIt() {
        assertThat(single(Gather.class, "<Gather finishOnKey=\"\"/>").finishOnKey()).isEmpty();
    }

    @Test
    void methodsAreCaseInsensitive() {
        assertThat(single(Gather.class, "<Gather method=\"get\"/>").method()).isEqualTo(HttpMethod.GET);
    }

    @Test
    void nestsSayPlayAndPauseInOrder() {
        Gather gather = single(Gather.class,
                "<Gather><Say loop=\"2\">Press 1</Say><Pause length=\"2\"/><Play>beep.mp3</Play></Gather>");

        assertThat(gather.prompts()).containsExactly(
                new Say("Press 1", Optional.empty(), "man", "en-US", 2),
                new Pause(Duration.ofSeconds(2)),
                new Play(Optional.of("beep.mp3"), Optional.empty(), 1));
    }

    @Test
    void verbsThatCannotNestAreSkippedWith13320() {
        TwimlDocument document = TwimlParser.parse(fixture("gather-with-nested-dial.xml"));

        Gather gather = (Gather) document.verbs().getFirst();
        assertThat(gather.prompts()).hasSize(1);
        assertThat(document.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(13320);
            assertThat(w.line()).isEqualTo(5);
            assertThat(w.column()).isEqualTo(5);
        });
    }

    @Test
    void nestedGatherIsNotAllowed() {
        TwimlDocument document = parseBody("<Gather><Gather/></Gather>");

        assertThat(((Gather) document.verbs().getFirst()).prompts()).isEmpty();
        assertThat(warningCodes(document)).containsExactly(13320);
    }

    @Test
    void badLoopOnANestedSayIsReportedAsGatherSay() {
        assertThat(warningCodes(parseBody("<Gather><Say loop=\"x\">hi</Say></Gather>"))).containsExactly(13322);
    }

    @ParameterizedTest(name = "{0}=\"{1}\" warns {2}")
    @CsvSource({
        "timeout,                     0,        13313",
        "timeout,                     abc,      13313",
        "numDigits,                   0,        13314",
        "finishOnKey,                 ##,       13310",
        "finishOnKey,                 a,        13310",
        "method,                      PUT,      13312",
        "input,                       voice,    13326",
        "speechTimeout,               soon,     13327",
        "speechTimeout,               0,        13327",
        "maxSpeechTime,               -1,       13328",
        "partialResultCallbackMethod, DELETE,   13329",
        "language,                    en_US!,   13331",
        "bargeIn,                     yes,      13332",
        "profanityFilter,             1,        13333",
        "actionOnEmptyResult,         maybe,    13338",
        "debug,                       on,       12200",
        "enhanced,                    on,       12200",
    })
    void invalidAttributeWarnsWithItsCodeAndKeepsTheDefault(String attribute, String value, int code) {
        TwimlDocument document = parseBody("<Gather " + attribute + "=\"" + value + "\"/>");

        assertThat(document.verbs()).containsExactly(single(Gather.class, "<Gather/>"));
        assertThat(warningCodes(document)).containsExactly(code);
    }

    @Test
    void inputKeepsTheValidValuesOfAMixedList() {
        TwimlDocument document = parseBody("<Gather input=\"speech telepathy\"/>");

        assertThat(((Gather) document.verbs().getFirst()).input()).containsExactly(Gather.Input.SPEECH);
        assertThat(warningCodes(document)).containsExactly(13326);
    }
}
