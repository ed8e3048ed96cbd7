package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.singleWithWarnings;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SayParsingTest {

    @Test
    void appliesTwilioDefaults() {
        Say say = single(Say.class, "<Say>Hello!</Say>");

        assertThat(say).isEqualTo(new Say("Hello!", Optional.empty(), "man", "en-US", 1));
    }

    @Test
    void readsEveryAttribute() {
        Say say = single(Say.class, "<Say voice=\"Polly.Joanna-Neural\" language=\"fr-FR\" loop=\"0\">Bonjour</Say>");

        assertThat(say).isEqualTo(new Say("Bonjour", Optional.empty(), "Polly.Joanna-Neural", "fr-FR", 0));
    }

    @Test
    void trimsTheTextButKeepsInnerWhitespace() {
        assertThat(single(Say.class, "<Say>\n   Hello   there\n</Say>").text()).isEqualTo("Hello   there");
    }

    @Test
    void keepsSsmlAsMarkupAndPlainText() {
        Say say = single(Say.class,
                "<Say voice=\"Polly.Amy\">Hi <break strength=\"x-weak\" time=\"100ms\"/><prosody rate=\"85%\">slow &amp; low</prosody>"
                        + "<lang xml:lang=\"fr-FR\">oui</lang><say-as interpret-as=\"spell-out\">abc</say-as></Say>");

        assertThat(say.text()).isEqualTo("Hi slow & lowouiabc");
        assertThat(say.ssml()).contains("Hi <break strength=\"x-weak\" time=\"100ms\"/><prosody rate=\"85%\">slow &amp; low</prosody>"
                + "<lang xml:lang=\"fr-FR\">oui</lang><say-as interpret-as=\"spell-out\">abc</say-as>");
    }

    @Test
    void dropsElementsThatAreNotSsml() {
        TwimlDocument document = parseBody("<Say>Hello <Play>x.mp3</Play>world</Say>");

        Say say = (Say) document.verbs().getFirst();
        assertThat(say.text()).isEqualTo("Hello world");
        assertThat(say.ssml()).isEmpty();
        assertThat(warningCodes(document)).containsExactly(12200);
    }

    @ParameterizedTest(name = "loop=\"{0}\" falls back to 1")
    @CsvSource({"abc", "-1", "1.5", "''", "99999999999"})
    void invalidLoopWarns13510AndUsesDefault(String loop) {
        TwimlDocument document = parseBody("<Say loop=\"" + loop + "\">x</Say>");

        assertThat(((Say) document.verbs().getFirst()).loop()).isEqualTo(1);
        assertThat(warningCodes(document)).containsExactly(13510);
    }

    @Test
    void loopIsTrimmedBeforeParsing() {
        assertThat(single(Say.class, "<Say loop=\" 3 \">x</Say>").loop()).isEqualTo(3);
    }

    @Test
    void invalidLanguageWarnsAndUsesDefault() {
        TwimlDocument document = parseBody("<Say language=\"english please\">x</Say>");

        assertThat(((Say) document.verbs().getFirst()).language()).isEqualTo("en-US");
        assertThat(warningCodes(document)).containsExactly(12200);
    }

    @Test
    void unknownAttributesAreWarnedAndIgnored() {
        Say say = singleWithWarnings(Say.class, "<Say speed=\"fast\">x</Say>");

        assertThat(say.text()).isEqualTo("x");
    }

    @Test
    void emptySayIsKept() {
        assertThat(single(Say.class, "<Say/>").text()).isEmpty();
    }
}
