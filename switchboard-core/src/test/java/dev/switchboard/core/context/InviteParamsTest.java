package dev.switchboard.core.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.twiml.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class InviteParamsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "abcXYZ019           | abcXYZ019",
            "-_.!~*'()           | -_.!~*'()",
            "\" \"               | %20",
            "+                   | %2B",
            "a=b&c               | a%3Db%26c",
            "?#/:;,@$            | %3F%23%2F%3A%3B%2C%40%24",
            "<>\"%               | %3C%3E%22%25",
            "é                   | %C3%A9",
            "東京                | %E6%9D%B1%E4%BA%AC",
            "😀                  | %F0%9F%98%80",
    })
    void encodesExactlyLikeJavaScriptEncodeURIComponent(String text, String encoded) {
        assertThat(InviteParams.encodeURIComponent(text)).isEqualTo(encoded);
    }

    @Test
    void encodesPairsInResolvedOrder() {
        CustomParameters params = CustomParameters.of("customerID", "375d", "name", "Mary Ann", "customerID", "376e");
        assertThat(InviteParams.encode(params)).isEqualTo("customerID=376e&name=Mary%20Ann");
        assertThat(InviteParams.encode(CustomParameters.none())).isEmpty();
    }

    @Test
    void unpairedSurrogatesCannotBeEncoded() {
        assertThatThrownBy(() -> InviteParams.encodeURIComponent("a\uDC00"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("URIError");
    }

    /** Params string, expected customParameters as twilio-voice.js builds them (name, value, …). */
    static Stream<Arguments> voiceJsDecoding() {
        return Stream.of(
                Arguments.of("foo=bar&baz=123", List.of("foo", "bar", "baz", "123")),
                Arguments.of("name=Mary+Ann", List.of("name", "Mary Ann")),
                Arguments.of("name=Mary%20Ann", List.of("name", "Mary Ann")),
                // the name is not decoded
                Arguments.of("Z%C3%BCrich=1", List.of("Z%C3%BCrich", "1")),
                Arguments.of("a+b=1", List.of("a+b", "1")),
                // a value ends at its second '='
                Arguments.of("eq=a=b", List.of("eq", "a")),
                Arguments.of("eq=a%3Db", List.of("eq", "a=b")),
                // no '=' → empty value; empty name dropped; empty pairs dropped
                Arguments.of("flag", List.of("flag", "")),
                Arguments.of("=orphan&a=1", List.of("a", "1")),
                Arguments.of("a=1&&b=2", List.of("a", "1", "b", "2")),
                // last value wins at the first position
                Arguments.of("a=1&b=2&a=3", List.of("a", "3", "b", "2")),
                // array-index names come first, ascending
                Arguments.of("b=1&10=x&2=y&02=z", List.of("2", "y", "10", "x", "b", "1", "02", "z")),
                Arguments.of("", List.of()));
    }

    @ParameterizedTest
    @MethodSource("voiceJsDecoding")
    void decodesExactlyAsTwilioVoiceJsQueryToJson(String params, List<String> expected) {
        SequencedMap<String, String> expectedMap = new LinkedHashMap<>();
        for (int i = 0; i < expected.size(); i += 2) {
            expectedMap.put(expected.get(i), expected.get(i + 1));
        }
        assertThat(InviteParams.decodeAsVoiceJs(params)).containsExactlyEntriesOf(expectedMap);
    }

    @ParameterizedTest
    @CsvSource({"a=100%", "a=%zz", "a=%C3", "a=%ED%A0%80", "a=%"})
    void malformedValuesThrowWhereDecodeURIComponentThrows(String params) {
        assertThatThrownBy(() -> InviteParams.decodeAsVoiceJs(params))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("URIError");
    }

    @Test
    void malformedNamesDoNotThrowInTheSdkBecauseNamesAreNotDecoded() {
        assertThat(InviteParams.decodeAsVoiceJs("100%=x")).containsExactly(Map.entry("100%", "x"));
    }

    @Test
    void switchboardDecodesNamesAndSplitsOnTheFirstEquals() {
        assertThat(InviteParams.decode("Z%C3%BCrich=a%3Db=c&x=1+2").resolved())
                .containsExactly(Map.entry("Zürich", "a=b=c"), Map.entry("x", "1 2"));
    }

    // --- properties ---

    @Property(tries = 1000)
    void switchboardDecodeInvertsEncodeForAnyUnicode(@ForAll("parameterSets") List<Parameter> list) {
        CustomParameters params = CustomParameters.of(list);
        String wire = InviteParams.encode(params);
        CustomParameters back = InviteParams.decode(wire);
        assertThat(back.resolved()).containsExactlyEntriesOf(params.resolved());
        assertThat(back.check().errors()).isEmpty();
    }

    @Property(tries = 1000)
    void theOfficialSdkSeesEveryValueIntact(@ForAll("parameterSets") List<Parameter> list) {
        CustomParameters params = CustomParameters.of(list);
        SequencedMap<String, String> seen = InviteParams.decodeAsVoiceJs(InviteParams.encode(params));
        params.resolved().forEach((name, value) ->
                assertThat(seen.get(InviteParams.encodeURIComponent(name))).isEqualTo(value));
        assertThat(seen).hasSameSizeAs(params.resolved());
    }

    @Property(tries = 1000)
    void encodingMatchesTheJdkFormEncoderUpToJavaScriptsUnreservedSet(@ForAll("unicode") String text) {
        String jdk = URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("%21", "!").replace("%27", "'")
                .replace("%28", "(").replace("%29", ")").replace("%7E", "~");
        assertThat(InviteParams.encodeURIComponent(text)).isEqualTo(jdk);
    }

    @Property(tries = 500)
    void encodedTextUsesOnlyUnreservedCharactersAndEscapes(@ForAll("unicode") String text) {
        assertThat(InviteParams.encodeURIComponent(text)).matches("([A-Za-z0-9\\-_.!~*'()]|%[0-9A-F]{2})*");
    }

    @Provide
    Arbitrary<String> unicode() {
        // Any code point except lone surrogates, which no well-formed string holds.
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange((char) 0, (char) 0xD7FF).ofMaxLength(20),
                Arbitraries.strings().withChars("=&+%?#;:/ ~!'()*é東\u0000\n<>\"").ofMaxLength(20),
                Arbitraries.integers().between(0x10000, 0x10FFFF).list().ofMaxSize(5)
                        .map(cps -> cps.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                                StringBuilder::append).toString()),
                Arbitraries.strings().all().ofMaxLength(20)
                        .filter(s -> !CustomParameters.hasUnpairedSurrogate(s)));
    }

    @Provide
    Arbitrary<List<Parameter>> parameterSets() {
        Arbitrary<Parameter> one = unicode().filter(n -> !n.isEmpty())
                .flatMap(name -> unicode().map(value -> new Parameter(name, value)));
        return one.list().ofMaxSize(6).map(ArrayList::new);
    }
}
