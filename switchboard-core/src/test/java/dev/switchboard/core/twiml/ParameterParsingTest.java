package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.fixture;
import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterParsingTest {

    @Test
    void keepsXmlSpecialAndNonAsciiCharactersExactly() {
        TwimlDocument document = TwimlParser.parse(fixture("parameter-special-characters.xml"));

        assertThat(document.warnings()).isEmpty();
        DialClient client = (DialClient) ((Dial) document.verbs().getFirst()).nouns().getFirst();
        assertThat(client.parameters()).containsExactly(
                new Parameter("xml", "<b> & \"quoted\" 'single'"),
                new Parameter("unicode", "Zoë – 東京 – 🚀"),
                new Parameter("spaces", "  leading and trailing  "),
                new Parameter("newline", "line1\nline2"),
                new Parameter("empty", ""),
                new Parameter("naïve-ключ", "x"));
    }

    @Test
    void parametersWithoutANameAreSkipped() {
        TwimlDocument document = TwimlParser.parse(fixture("parameter-empty-name.xml"));

        assertThat(document.verbs()).containsExactly(new Hangup(List.of(new Parameter("kept", "1"))));
        assertThat(document.warnings()).extracting(TwimlWarning::code, TwimlWarning::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(12200, 4), org.assertj.core.groups.Tuple.tuple(12200, 5));
    }

    @Test
    void aMissingValueIsEmpty() {
        TwimlDocument document = parseBody("<Hangup><Parameter name=\"flag\"/></Hangup>");

        assertThat(document.verbs()).containsExactly(new Hangup(List.of(new Parameter("flag", ""))));
    }

    @Test
    void longValuesAreNotTruncated() {
        String value = "v".repeat(10_000);

        TwimlDocument document = parseBody("<Hangup><Parameter name=\"big\" value=\"" + value + "\"/></Hangup>");

        assertThat(((Hangup) document.verbs().getFirst()).parameters().getFirst().value()).hasSize(10_000);
    }

    @Test
    void duplicateNamesAreAllKeptInOrder() {
        TwimlDocument document = parseBody("<Hangup><Parameter name=\"a\" value=\"1\"/><Parameter name=\"a\" value=\"2\"/></Hangup>");

        assertThat(((Hangup) document.verbs().getFirst()).parameters())
                .containsExactly(new Parameter("a", "1"), new Parameter("a", "2"));
    }

    @Test
    void unknownAttributesAndContentAreWarned() {
        TwimlDocument document = parseBody("<Hangup><Parameter name=\"a\" value=\"1\" type=\"x\">text</Parameter></Hangup>");

        assertThat(((Hangup) document.verbs().getFirst()).parameters()).containsExactly(new Parameter("a", "1"));
        assertThat(document.warnings()).hasSize(2);
    }
}
