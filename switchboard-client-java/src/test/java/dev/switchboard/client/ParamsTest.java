package dev.switchboard.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.context.CustomParameters;
import dev.switchboard.core.context.InviteParams;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SDK's {@code Params} codec: what {@code connect(params)} sends and what {@code customParameters()} shows. */
class ParamsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "abcXYZ019  | abcXYZ019",
            "-_.!~*'()  | -_.!~*'()",
            "\" \"      | %20",
            "+          | %2B",
            "a=b&c      | a%3Db%26c",
            "?#/:;,@$%  | %3F%23%2F%3A%3B%2C%40%24%25",
            "é          | %C3%A9",
            "東京       | %E6%9D%B1%E4%BA%AC",
            "😀         | %F0%9F%98%80",
    })
    void encodesEachPartLikeEncodeURIComponent(String text, String encoded) {
        assertThat(Params.component(text)).isEqualTo(encoded);
    }

    @Test
    void encodesPairsInTheMapsOrder() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("customerID", "375d1d60-083b-404d");
        m.put("display Name", "A&B=c d+e/ü");
        m.put("empty", "");
        assertThat(Params.encode(m)).isEqualTo("customerID=375d1d60-083b-404d&display%20Name=A%26B%3Dc%20d%2Be%2F%C3%BC&empty=");
        assertThat(Params.encode(Map.of())).isEmpty();
    }

    @Test
    void anUnpairedSurrogateCannotBeEncoded() {
        assertThatThrownBy(() -> Params.component("a\uD800b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unpaired surrogate");
    }

    @Test
    void decodesPlusAsSpaceAndPercentEscapesAsUtf8() {
        assertThat(Params.decode("g=h+i&u=%C3%BC&t=%E6%9D%B1%E4%BA%AC&e=%F0%9F%98%80&sp=a%20b"))
                .containsExactly(Map.entry("g", "h i"), Map.entry("u", "ü"), Map.entry("t", "東京"), Map.entry("e", "😀"),
                        Map.entry("sp", "a b"));
    }

    @Test
    void encodedEqualsAmpersandsAndPlusesStayInsideTheirValue() {
        assertThat(Params.decode("a=b%3Dc&d=x%26y%3Dz&p=1%2B1"))
                .containsExactly(Map.entry("a", "b=c"), Map.entry("d", "x&y=z"), Map.entry("p", "1+1"));
    }

    @Test
    void aRawEqualsInAValueIsKept() {
        // the JS SDK would cut the value to "e"; Switchboard never sends a raw '=' in a value
        assertThat(Params.decode("d=e=f")).containsExactly(Map.entry("d", "e=f"));
    }

    @Test
    void emptyValuesMissingValuesAndEmptyNames() {
        assertThat(Params.decode("empty=&noval&=orphan&&x=1"))
                .containsExactly(Map.entry("empty", ""), Map.entry("noval", ""), Map.entry("x", "1"));
        assertThat(Params.decode("")).isEmpty();
        assertThat(Params.decode(null)).isEmpty();
    }

    @Test
    void aRepeatedNameKeepsItsFirstPlaceAndTheLastValueAsInTheJsSdk() {
        assertThat(Params.decode("dup=1&other=x&dup=2")).containsExactly(Map.entry("dup", "2"), Map.entry("other", "x"));
        assertThat(InviteParams.decodeAsVoiceJs("dup=1&other=x&dup=2")).containsExactly(Map.entry("dup", "2"), Map.entry("other", "x"));
    }

    @Test
    void namesAreDecodedUnlikeTheJsSdk() {
        assertThat(Params.decode("j%20k=l")).containsExactly(Map.entry("j k", "l"));
    }

    @Test
    void malformedEscapesAreKeptAsText() {
        assertThat(Params.decode("a=100%&b=%zz&c=%4")).containsExactly(Map.entry("a", "100%"), Map.entry("b", "%zz"), Map.entry("c", "%4"));
    }

    @Test
    void agreesWithTheJsSdkOnWhatTheServerSends() {
        String wire = InviteParams.encode(CustomParameters.of("displayName", "Alice", "customerID", "375d1d60-083b-404d",
                "note", "a+b=c&d ü"));
        assertThat(Params.decode(wire)).containsExactlyEntriesOf(InviteParams.decodeAsVoiceJs(wire));
    }

    @Property
    void decodeInvertsEncode(@ForAll("maps") Map<String, String> m) {
        assertThat(Params.decode(Params.encode(m))).containsExactlyEntriesOf(m);
    }

    @Property
    void theServerReadsWhatTheSdkSendsAndTheSdkReadsWhatTheServerSends(@ForAll("maps") Map<String, String> m) {
        assertThat(InviteParams.decode(Params.encode(m)).resolved()).containsExactlyEntriesOf(m);
        assertThat(Params.decode(InviteParams.encode(CustomParameters.fromMap(m)))).containsExactlyEntriesOf(m);
    }

    @Provide
    Arbitrary<Map<String, String>> maps() {
        Arbitrary<String> plain = Arbitraries.strings().withChars("aZ09 +=&%?#/é東-_.~'")
                .withCharRange('\u0020', '\u007e').ofMaxLength(12);
        Arbitrary<String> text = Arbitraries.oneOf(plain, plain.map(s -> s + "😀" + s)); // a pair of surrogates
        Arbitrary<String> names = text.filter(s -> !s.isEmpty());
        return Arbitraries.maps(names, text).ofMaxSize(6).map(LinkedHashMap::new);
    }
}
