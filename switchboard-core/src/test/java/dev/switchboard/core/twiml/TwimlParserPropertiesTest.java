package dev.switchboard.core.twiml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties that must hold for any input, found by generating many. */
class TwimlParserPropertiesTest {

    private static final String VALID = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response>\n"
            + "  <Gather action=\"/g\" numDigits=\"1\"><Say voice=\"alice\">Press <break/> 1</Say></Gather>\n"
            + "  <Dial timeout=\"10\"><Client><Identity>alice</Identity><Parameter name=\"a\" value=\"b\"/></Client></Dial>\n"
            + "  <Hangup/>\n</Response>\n";

    @Property(tries = 500)
    void anyStringEitherParsesOrIsRefusedWithATwilioCode(@ForAll String anything) {
        assertParsesOrRefuses(anything);
    }

    @Property(tries = 500)
    void anyTruncationOfAValidDocumentParsesOrIsRefused(@ForAll @IntRange(min = 0, max = 400) int cut) {
        assertParsesOrRefuses(VALID.substring(0, Math.min(cut, VALID.length())));
    }

    @Property(tries = 500)
    void anyOneCharacterCorruptionParsesOrIsRefused(@ForAll @IntRange(min = 0, max = 400) int at,
            @ForAll("markupCharacters") char c) {
        int i = Math.min(at, VALID.length() - 1);
        assertParsesOrRefuses(VALID.substring(0, i) + c + VALID.substring(i + 1));
    }

    @Property(tries = 300)
    void parameterNamesAndValuesRoundTripExactly(@ForAll("xmlText") String name, @ForAll("xmlText") String value) {
        String body = "<Response><Hangup><Parameter name=\"" + escape(name) + "\" value=\"" + escape(value)
                + "\"/></Hangup></Response>";

        TwimlDocument document = TwimlParser.parse(body);

        List<Parameter> expected = name.isBlank() ? List.of() : List.of(new Parameter(name, value));
        assertThat(document.verbs()).containsExactly(new Hangup(expected));
    }

    @Provide
    Arbitrary<Character> markupCharacters() {
        return Arbitraries.of('<', '>', '&', '"', '\'', '/', '=', ' ', 'x', '\u00e9', '\n', '!', '?');
    }

    /** Strings of characters XML 1.0 can carry (including astral ones), with markup characters mixed in. */
    @Provide
    Arbitrary<String> xmlText() {
        Arbitrary<String> ordinary = Arbitraries.strings().withCharRange(' ', '\uD7FF').withChars("\t\n\r<>&\"'");
        Arbitrary<String> emoji = Arbitraries.of("🚀", "東京", "Zoë", "𝄞");
        return Arbitraries.oneOf(ordinary, emoji).list().ofMaxSize(4).map(parts -> String.join("", parts));
    }

    private static void assertParsesOrRefuses(String xml) {
        try {
            TwimlDocument document = TwimlParser.parse(xml);
            assertThat(document.warnings()).allSatisfy(w -> {
                assertThat(w.line()).isPositive();
                assertThat(w.column()).isPositive();
            });
        } catch (TwimlParseException refused) {
            assertThat(refused.code()).isIn(11750, 12100, 12102);
            assertThat(refused.line()).isPositive();
            assertThat(refused.column()).isPositive();
        }
    }

    /** Escapes for an attribute value, keeping tabs and line breaks (which XML would otherwise normalise). */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '"' -> sb.append("&quot;");
                case '\t', '\n', '\r' -> sb.append("&#").append(cp).append(';');
                default -> sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
