package dev.switchboard.media.tts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.media.tts.SpeechSegment.Silence;
import dev.switchboard.media.tts.SpeechSegment.Speech;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SsmlSubsetTest {
    private static Speech words(String text) { return new Speech(text, 1.0); }

    private static Silence pause(long ms) { return new Silence(Duration.ofMillis(ms)); }

    @Test
    void plainTextIsOneRunOfWords() {
        assertThat(SsmlSubset.parse("  Hello \n world ")).containsExactly(words("Hello world"));
        assertThat(SsmlSubset.parse("   ")).isEmpty();
    }

    @Test
    void breaksBecomeSilencesByTimeOrStrength() {
        assertThat(SsmlSubset.parse("a<break time=\"1.5s\"/>b<break time=\"250ms\"/>c<break strength=\"x-strong\"/>d<break/>e"))
                .containsExactly(words("a"), pause(1500), words("b"), pause(250), words("c"), pause(1000), words("d"),
                        pause(400), words("e"));
        assertThat(SsmlSubset.parse("a<break time=\"99s\"/>b")).contains(new Silence(SsmlSubset.LONGEST_BREAK));
        assertThat(SsmlSubset.parse("a<break strength=\"none\"/>b")).containsExactly(words("a"), words("b"));
    }

    @Test
    void prosodyRateAppliesToItsWordsOnly() {
        assertThat(SsmlSubset.parse("one <prosody rate=\"x-slow\">two</prosody> <prosody rate=\"150%\">three</prosody> four"))
                .containsExactly(words("one"), new Speech("two", 0.6), new Speech("three", 1.5), words("four"));
        assertThat(SsmlSubset.parse("<prosody rate=\"500%\">x</prosody>")).containsExactly(new Speech("x", 2.0));
        assertThat(SsmlSubset.parse("<prosody volume=\"loud\">x</prosody>")).containsExactly(words("x"));
    }

    @Test
    void sayAsSpellsDigitsCharactersAndTelephoneNumbers() {
        assertThat(SsmlSubset.parse("code <say-as interpret-as=\"digits\">123</say-as>")).containsExactly(words("code one two three"));
        assertThat(SsmlSubset.parse("<say-as interpret-as=\"characters\">ab-1</say-as>")).containsExactly(words("A B dash one"));
        assertThat(SsmlSubset.parse("<say-as interpret-as=\"telephone\">+1 (415) 555-0100</say-as>"))
                .containsExactly(words("plus one, four one five, five five five, zero one zero zero"));
        assertThat(SsmlSubset.parse("<say-as interpret-as=\"date\">2026-12-02</say-as>")).containsExactly(words("2026-12-02"));
    }

    @Test
    void subSpeaksItsAliasAndPhonemeAndUnknownTagsTheirText() {
        assertThat(SsmlSubset.parse("<sub alias=\"World Wide Web\">WWW</sub> <phoneme alphabet=\"ipa\" ph=\"x\">tomato</phoneme>"
                + " <amazon:effect name=\"whispered\">psst</amazon:effect> <lang xml:lang=\"fr-FR\">oui</lang>"))
                .containsExactly(words("World Wide Web tomato psst oui"));
    }

    @Test
    void emphasisSlowsDownAndSentencesAndParagraphsPause() {
        List<SpeechSegment> parsed = SsmlSubset.parse("<p><s>One.</s><s>Two <emphasis level=\"strong\">now</emphasis></s></p>next");
        assertThat(parsed).containsExactly(words("One."), pause(300), words("Two"), new Speech("now", 0.85), pause(900), words("next"));
    }

    @Test
    void malformedMarkupIsSpokenWithTagsStripped() {
        assertThat(SsmlSubset.parse("Hello <prosody rate=\"slow\">world")).containsExactly(words("Hello world"));
        assertThat(SsmlSubset.parse("Tom & Jerry <b>")).containsExactly(words("Tom & Jerry"));
        assertThat(SsmlSubset.parse("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;").toString()).doesNotContain("root:");
        assertThat(SsmlSubset.parse("fish &amp; chips")).containsExactly(words("fish & chips"));
    }
}
