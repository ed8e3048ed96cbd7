package dev.switchboard.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormEncodingTest {

    @Test
    void encodesLikeTwilioRequests() {
        FormParams params = FormParams.of("From", "+14155551234", "SpeechResult", "hello world", "Digits", "");
        assertThat(FormEncoding.encode(params)).isEqualTo("From=%2B14155551234&SpeechResult=hello+world&Digits=");
    }

    @Test
    void encodesNonAsciiAsUtf8() {
        assertThat(FormEncoding.encode(FormParams.of("Name", "Zoë 東京 😀")))
                .isEqualTo("Name=Zo%C3%AB+%E6%9D%B1%E4%BA%AC+%F0%9F%98%80");
    }

    @Test
    void encodesXmlAndUrlSpecialCharacters() {
        assertThat(FormEncoding.encode(FormParams.of("q", "<a href=\"x\">&amp;'</a> ?#%/=")))
                .isEqualTo("q=%3Ca+href%3D%22x%22%3E%26amp%3B%27%3C%2Fa%3E+%3F%23%25%2F%3D");
    }

    @Test
    void keepsRepeatedKeysInOrder() {
        FormParams params = FormParams.of("StatusCallbackEvent", "initiated", "To", "x", "StatusCallbackEvent", "answered");
        String encoded = FormEncoding.encode(params);
        assertThat(encoded).isEqualTo("StatusCallbackEvent=initiated&To=x&StatusCallbackEvent=answered");
        assertThat(FormEncoding.decode(encoded)).isEqualTo(params);
    }

    @Test
    void emptyParamsEncodeToEmptyString() {
        assertThat(FormEncoding.encode(FormParams.empty())).isEmpty();
        assertThat(FormEncoding.decode("")).isEqualTo(FormParams.empty());
    }

    @Test
    void decodesATwilioBody() {
        FormParams params = FormEncoding.decode(
                "Called=%2B15555555555&ToState=AL&CallerCity=PHILADELPHIA&FromZip=&Caller=client%3Aalice&Body=hi+there");
        assertThat(params.get("Called")).contains("+15555555555");
        assertThat(params.get("FromZip")).contains("");
        assertThat(params.get("Caller")).contains("client:alice");
        assertThat(params.get("Body")).contains("hi there");
        assertThat(params.names()).containsExactly("Called", "ToState", "CallerCity", "FromZip", "Caller", "Body");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            // input                  | expected pairs, name=value joined by ';'
            "a=1&&b=2                 | a=1;b=2",
            "&a=1&                    | a=1",
            "flag                     | flag=",
            "a=                       | a=",
            "=v                       | =v",
            "a=1=2                    | a=1=2",
            "?a=1                     | a=1",
            "a=%zz%4                  | a=%zz%4",
            "a=100%                   | a=100%",
            "a=%41%62                 | a=Ab",
            "a=%e6%9d%b1              | a=東",
            "a=%FF                    | a=\uFFFD",
            "a=%2B+%2b                | a=+ +",
            "a=東京                   | a=東京",
    })
    void decodesTolerantly(String input, String expected) {
        List<String> pairs = FormEncoding.decode(input).entries().stream().map(p -> p.name() + "=" + p.value()).toList();
        assertThat(String.join(";", pairs)).isEqualTo(expected);
    }

    @Property
    void decodeInvertsEncode(@ForAll("formParams") FormParams params) {
        assertThat(FormEncoding.decode(FormEncoding.encode(params))).isEqualTo(params);
    }

    @Provide
    Arbitrary<FormParams> formParams() {
        // Any well-formed text: ASCII incl. "&=+%#?", XML specials, accents, CJK and emoji; empties too.
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().ascii().ofMaxLength(12),
                Arbitraries.strings().withChars("&=+%#?<>\"' \t\n").ofMaxLength(6),
                Arbitraries.strings().withCharRange('\u00a0', '\ud7ff').ofMaxLength(8),
                Arbitraries.of("😀", "東京", "Zoë", "", " "));
        Arbitrary<FormParam> pair = Combinators.combine(text, text).as(FormParam::new);
        return pair.list().ofMaxSize(8).map(list -> {
            FormParams.Builder builder = FormParams.builder();
            list.forEach(p -> builder.add(p.name(), p.value()));
            return builder.build();
        });
    }
}
