package dev.switchboard.core.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.error.TwilioException;
import dev.switchboard.core.twiml.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CustomParametersTest {

    /** name, value: all legal, all delivered byte for byte. */
    static Stream<Arguments> legalText() {
        return Stream.of(
                Arguments.of("customerID", "375d1d60-083b-404d"),
                Arguments.of("xml", "<a href=\"x\">&amp;'</a>"),
                Arguments.of("<&>\"'", "value"),
                Arguments.of("url", "a=1&b=2?c#d%20+e"),
                Arguments.of("Zoë", "東京 😀"),
                Arguments.of("spaces", "  leading and trailing  "),
                Arguments.of("empty", ""),
                Arguments.of("newline", "line1\nline2\ttab"));
    }

    @ParameterizedTest
    @MethodSource("legalText")
    void xmlSpecialAndNonAsciiTextIsLegalAndKeptExactly(String name, String value) {
        CustomParameters params = CustomParameters.of(List.of(new Parameter(name, value)));
        ParameterCheck check = params.check();
        assertThat(check.errors()).isEmpty();
        assertThat(check.warnings()).isEmpty();
        assertThat(params.resolved()).containsExactly(Map.entry(name, value));
    }

    /** query, expected pairs (name, value, name, value…). */
    static Stream<Arguments> queries() {
        return Stream.of(
                Arguments.of("displayName=Alice&customerID=375d1d60-083b-404d",
                        List.of("displayName", "Alice", "customerID", "375d1d60-083b-404d")),
                Arguments.of("?a=1", List.of("a", "1")),
                Arguments.of("name=Mary+Ann+O%27Neil", List.of("name", "Mary Ann O'Neil")),
                Arguments.of("q=a%3Db%26c", List.of("q", "a=b&c")),
                Arguments.of("eq=a=b=c", List.of("eq", "a=b=c")),
                Arguments.of("city=Z%C3%BCrich&emoji=%F0%9F%98%80", List.of("city", "Zürich", "emoji", "😀")),
                Arguments.of("flag&x=", List.of("flag", "", "x", "")),
                Arguments.of("a=1&&b=2&", List.of("a", "1", "b", "2")),
                Arguments.of("plus%2Bsign=1%2B1", List.of("plus+sign", "1+1")),
                Arguments.of("", List.of()));
    }

    @ParameterizedTest
    @MethodSource("queries")
    void queryStringsDecodeOnTheFirstEqualsWithPlusAsSpace(String query, List<String> expected) {
        CustomParameters params = CustomParameters.fromQuery(query);
        assertThat(params.entries()).containsExactlyElementsOf(pairs(expected));
        assertThat(params.check().accepted()).isTrue();
    }

    @Test
    void clientAddressSplitsAtTheFirstQuestionMark() {
        ParameterizedAddress to = ParameterizedAddress.parse("client:agentBob?displayName=Alice&q=why%3F?");
        assertThat(to.address()).isEqualTo("client:agentBob");
        assertThat(to.parameters().resolved()).containsExactly(Map.entry("displayName", "Alice"), Map.entry("q", "why??"));
        assertThat(ParameterizedAddress.parse("client:alice").parameters().isEmpty()).isTrue();
        assertThat(ParameterizedAddress.parse("sip:bob@example.com?X-Foo=1").parameters().resolved())
                .containsExactly(Map.entry("X-Foo", "1"));
    }

    @Test
    void mapsKeepTheirIterationOrder() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("z", "1");
        map.put("a", "2");
        assertThat(CustomParameters.fromMap(map).resolved().sequencedKeySet()).containsExactly("z", "a");
    }

    /** query, code, fragment of the detail. */
    static Stream<Arguments> refusedQueries() {
        return Stream.of(
                Arguments.of("=orphan", 31100, "empty name"),
                Arguments.of("a=1&=2", 31100, "#2 has an empty name"),
                Arguments.of("a=100%", 31100, "malformed percent-escape"),
                Arguments.of("a=%zz", 31100, "malformed percent-escape"),
                Arguments.of("a=%C3", 31100, "not UTF-8"),
                Arguments.of("a=%ED%A0%80", 31100, "not UTF-8"),
                Arguments.of("%FF=x", 31100, "not UTF-8"));
    }

    @ParameterizedTest
    @MethodSource("refusedQueries")
    void malformedQueriesAreRefusedWith31100NotGuessedAt(String query, int code, String detail) {
        ParameterCheck check = CustomParameters.fromQuery(query).check();
        assertThat(check.accepted()).isFalse();
        assertThat(check.firstError()).hasValueSatisfying(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.message()).startsWith("Malformed request: ").contains(detail);
        });
    }

    @Test
    void malformedEscapesAreKeptAsWrittenNeverAltered() {
        CustomParameters params = CustomParameters.fromQuery("a=100%&b=%C3x");
        assertThat(params.resolved()).containsExactly(Map.entry("a", "100%"), Map.entry("b", "%C3x"));
    }

    @Test
    void unpairedSurrogatesAreRefusedBecauseTheyCannotBeSentIntact() {
        ParameterCheck check = CustomParameters.of("broken", "a\uD800b").check();
        assertThat(check.firstError()).hasValueSatisfying(p -> {
            assertThat(p.code()).isEqualTo(31100);
            assertThat(p.detail()).contains("'broken'", "unpaired surrogate");
        });
    }

    /** name bytes, value bytes, count, accepted, code of the first error. */
    static Stream<Arguments> hardLimits() {
        return Stream.of(
                Arguments.of(256, 10, 1, true, 0),
                Arguments.of(257, 10, 1, false, 31103),
                Arguments.of(10, 4096, 1, true, 0),
                Arguments.of(10, 4097, 1, false, 31103),
                Arguments.of(3, 3, 100, true, 0),
                Arguments.of(3, 3, 101, false, 31103),
                Arguments.of(10, 4000, 4, true, 0),
                Arguments.of(10, 4000, 5, false, 31103));
    }

    @ParameterizedTest
    @MethodSource("hardLimits")
    void hardLimitsRefuseWith31103(int nameBytes, int valueBytes, int count, boolean accepted, int code) {
        List<Parameter> list = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String suffix = String.format("%03d", i);
            String name = "n".repeat(Math.max(0, nameBytes - 3)) + suffix;
            list.add(new Parameter(name.substring(name.length() - nameBytes), "v".repeat(valueBytes)));
        }
        ParameterCheck check = CustomParameters.of(list).check();
        assertThat(check.accepted()).isEqualTo(accepted);
        if (!accepted) {
            assertThat(check.firstError()).hasValueSatisfying(p -> {
                assertThat(p.code()).isEqualTo(code);
                assertThat(p.message()).startsWith("Length of parameters cannot exceed MAX_PARAM_LENGTH: ");
            });
        }
    }

    @Test
    void limitsCountUtf8BytesNotCharacters() {
        String value = "é".repeat(2049); // 4098 bytes, 2049 chars
        ParameterCheck check = CustomParameters.of("note", value).check();
        assertThat(check.firstError()).hasValueSatisfying(p ->
                assertThat(p.detail()).isEqualTo("value of 'note' is 4098 bytes, limit 4096"));
        assertThat(CustomParameters.of("😀", "").totalBytes()).isEqualTo(4);
    }

    @Test
    void overTheGuidelineIsDeliveredInFullWithWarning13253() {
        CustomParameters params = CustomParameters.of("note", "x".repeat(797)); // 4 + 797 = 801 bytes
        ParameterCheck check = params.check();
        assertThat(check.accepted()).isTrue();
        assertThat(check.warnings()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(13253);
            assertThat(p.detail()).contains("801 bytes", "800-byte guideline", "delivered in full");
        });
        assertThat(params.resolved().get("note")).hasSize(797);
    }

    @Test
    void exactlyTheGuidelineIsFine() {
        assertThat(CustomParameters.of("note", "x".repeat(796)).check().warnings()).isEmpty();
    }

    @Test
    void duplicateNamesWarn12200AndTheLastValueIsDeliveredAtTheFirstPosition() {
        CustomParameters params = CustomParameters.of("a", "1", "b", "2", "a", "3");
        ParameterCheck check = params.check();
        assertThat(check.accepted()).isTrue();
        assertThat(check.warnings()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(12200);
            assertThat(p.detail()).contains("'a'", "#1 and #3", "last value");
        });
        assertThat(params.resolved()).containsExactly(Map.entry("a", "3"), Map.entry("b", "2"));
        assertThat(params.entries()).hasSize(3);
        assertThat(params.totalBytes()).isEqualTo(6);
    }

    @Test
    void customLimitsApply() {
        ParameterLimits old = new ParameterLimits(32, 128, 8, 1024, 800);
        assertThat(CustomParameters.of("n".repeat(33), "v").check(old).accepted()).isFalse();
        assertThat(CustomParameters.of("n".repeat(32), "v").check(old).accepted()).isTrue();
    }

    @Test
    void orThrowRaisesTheFirstErrorAsATwilioException() {
        assertThatThrownBy(() -> CustomParameters.fromQuery("=x").check().orThrow())
                .isInstanceOf(TwilioException.class)
                .satisfies(e -> {
                    assertThat(((TwilioException) e).code()).isEqualTo(31100);
                    assertThat(((TwilioException) e).httpStatus()).isEqualTo(400);
                });
        CustomParameters ok = CustomParameters.of("a", "b");
        assertThat(ok.check().orThrow().accepted()).isTrue();
    }

    private static List<Parameter> pairs(List<String> flat) {
        List<Parameter> out = new java.util.ArrayList<>();
        for (int i = 0; i < flat.size(); i += 2) {
            out.add(new Parameter(flat.get(i), flat.get(i + 1)));
        }
        return out;
    }
}
