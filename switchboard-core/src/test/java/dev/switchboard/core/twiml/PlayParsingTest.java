package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlayParsingTest {

    @Test
    void readsUrlWithDefaultLoop() {
        Play play = single(Play.class, "<Play> https://api.twilio.com/cowbell.mp3 </Play>");

        assertThat(play).isEqualTo(new Play(Optional.of("https://api.twilio.com/cowbell.mp3"), Optional.empty(), 1));
    }

    @Test
    void readsDigitsAndLoop() {
        Play play = single(Play.class, "<Play digits=\"wwww3#*0\" loop=\"0\"/>");

        assertThat(play).isEqualTo(new Play(Optional.empty(), Optional.of("wwww3#*0"), 0));
    }

    @Test
    void keepsRelativeUrls() {
        assertThat(single(Play.class, "<Play>/audio/hold.wav</Play>").url()).contains("/audio/hold.wav");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12a", "1 2", "+1"})
    void invalidDigitsWarn13430AndAreDropped(String digits) {
        TwimlDocument document = parseBody("<Play digits=\"" + digits + "\">a.mp3</Play>");

        assertThat(((Play) document.verbs().getFirst()).digits()).isEmpty();
        assertThat(warningCodes(document)).containsExactly(13430);
    }

    @Test
    void invalidLoopWarns13410() {
        TwimlDocument document = parseBody("<Play loop=\"twice\">a.mp3</Play>");

        assertThat(((Play) document.verbs().getFirst()).loop()).isEqualTo(1);
        assertThat(warningCodes(document)).containsExactly(13410);
    }

    @Test
    void playWithNothingToPlayIsSkipped() {
        TwimlDocument document = parseBody("<Play/><Play digits=\"x\"/>");

        assertThat(document.verbs()).isEmpty();
        assertThat(warningCodes(document)).containsExactly(12200, 13430, 12200);
    }
}
