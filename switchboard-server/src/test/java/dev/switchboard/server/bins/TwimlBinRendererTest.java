package dev.switchboard.server.bins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.webhook.FormParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TwimlBinRendererTest {
    private static String render(String template, String... form) {
        return TwimlBinRenderer.render(template, FormParams.empty(), FormParams.of(form));
    }

    @Test
    void variablesAllowSpacesInsideTheBraces() {
        assertThat(render("<Say>Hello {{ customerID }}, from {{From}}</Say>", "customerID", "42", "From", "+14155550100"))
                .isEqualTo("<Say>Hello 42, from +14155550100</Say>");
    }

    @Test
    void doubleBracesEscapeTheFiveXmlCharacters() {
        assertThat(render("<Say>{{x}}</Say>", "x", "a<b>&\"c\" 'd'"))
                .isEqualTo("<Say>a&lt;b&gt;&amp;&quot;c&quot; &apos;d&apos;</Say>");
    }

    @Test
    void tripleBracesAndAmpersandTagsAreRaw() {
        assertThat(render("{{{x}}}|{{& x}}", "x", "<Pause/>")).isEqualTo("<Pause/>|<Pause/>");
    }

    @Test
    void missingVariablesRenderEmpty() {
        assertThat(render("<Say>Hi {{ Nobody }}!</Say>")).isEqualTo("<Say>Hi !</Say>");
    }

    @Test
    void sectionsRenderOnlyForPresentNonEmptyValuesAndInvertedSectionsTheOpposite() {
        String t = "{{#Name}}Hello {{Name}}{{/Name}}{{^Name}}Hello stranger{{/Name}}";
        assertThat(render(t, "Name", "Jane")).isEqualTo("Hello Jane");
        assertThat(render(t, "Name", "")).isEqualTo("Hello stranger");
        assertThat(render(t)).isEqualTo("Hello stranger");
    }

    @Test
    void arrayParametersIterateInSections() {
        String t = "<Dial>{{#Dest}}<Number>{{.}}</Number>{{/Dest}}</Dial>";
        assertThat(render(t, "Dest[]", "+14155550100", "Dest[]", "+14155550101"))
                .isEqualTo("<Dial><Number>+14155550100</Number><Number>+14155550101</Number></Dial>");
        assertThat(render(t, "Dest[]", "+14155550100"))
                .isEqualTo("<Dial><Number>+14155550100</Number></Dial>");
        assertThat(render(t, "Dest", "a&b", "Dest", "c")).isEqualTo("<Dial><Number>a&amp;b</Number><Number>c</Number></Dial>");
    }

    @Test
    void aRepeatedParameterUsedAsAVariableIsItsFirstValue() {
        assertThat(render("{{Digits}}", "Digits", "1", "Digits", "2")).isEqualTo("1");
    }

    @Test
    void formParametersWinOverQueryParameters() {
        String out = TwimlBinRenderer.render("{{a}} {{b}}", FormParams.of("a", "query", "b", "query-only"),
                FormParams.of("a", "form"));
        assertThat(out).isEqualTo("form query-only");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "+14155551234 | +14155551234",
            "sip:+14155551234@example.sip.twilio.com;transport=tls | +14155551234",
            "sip:14155551234@example.sip.twilio.com | +14155551234",
            "(415) 555-1234 | +14155551234",
            "415.555.1234 | +14155551234",
            "tel:+44-20-7946-0958 | +442079460958",
            "+15005550006 | +15005550006",
            "client:alice | ''",
            "alice | ''",
            "'' | ''",
            "12 | ''"})
    void theE164HelperNormalisesItsRenderedText(String to, String expected) {
        assertThat(render("[{{#e164}}{{To}}{{/e164}}]", "To", to)).isEqualTo("[" + expected + "]");
    }

    @Test
    void theE164HelperAlsoTakesLiteralText() {
        assertThat(render("{{#e164}} (415) 555-0100 {{/e164}}")).isEqualTo("+14155550100");
    }

    @Test
    void anInvalidTemplateIsRefusedWithWhereItBroke() {
        assertThatThrownBy(() -> TwimlBinRenderer.compile("<Response>{{#Open}}<Say/></Response>"))
                .isInstanceOf(TwimlBinRenderer.InvalidTemplateException.class)
                .hasMessageContaining("Open");
        assertThatThrownBy(() -> TwimlBinRenderer.compile("{{#a}}{{/b}}"))
                .isInstanceOf(TwimlBinRenderer.InvalidTemplateException.class);
    }

    @Test
    void xmlThatIsOnlyValidAfterRenderingCompiles() {
        assertThat(TwimlBinRenderer.compile("<Response>{{{ verbs }}}")).isNotNull();
    }
}
