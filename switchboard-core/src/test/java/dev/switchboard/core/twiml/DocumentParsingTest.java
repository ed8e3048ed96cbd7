package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.fixture;
import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.refusal;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentParsingTest {

    @ParameterizedTest(name = "{0} is refused with {1} at line {2}")
    @CsvSource({
        "unclosed-element.xml,                      12100, 4",
        "leading-whitespace-before-declaration.xml, 12100, 2",
        "wrong-root-element.xml,                    12102, 2",
        "lowercase-response-root.xml,               12102, 2",
        "declaration-without-root.xml,              12100, 2",
        "empty-body.xml,                            12100, 1",
        "unescaped-ampersand.xml,                   12100, 3",
        "unquoted-attribute.xml,                    12100, 3",
        "improperly-nested-elements.xml,            12100, 3",
        "element-after-root.xml,                    12100, 3",
        "xxe-external-entity.xml,                   12100, 2",
        "billion-laughs.xml,                        12100, 2",
    })
    void badDocumentsAreRefusedWithCodeAndLine(String file, int code, int line) {
        TwimlParseException e = refusal(fixture(file));

        assertThat(e.code()).isEqualTo(code);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage()).contains("line " + line).contains(e.error().template());
    }

    @Test
    void leadingWhitespaceIsReportedAtTheDeclaration() {
        TwimlParseException e = refusal(fixture("leading-whitespace-before-declaration.xml"));

        assertThat(e.column()).isEqualTo(3);
        assertThat(e.detail()).contains("whitespace before the XML declaration");
    }

    @Test
    void wrongRootNamesTheElementFound() {
        TwimlParseException e = refusal(fixture("wrong-root-element.xml"));

        assertThat(e.error()).isEqualTo(TwilioError.ROOT_ELEMENT_NOT_RESPONSE);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.detail()).contains("<Reponse>");
    }

    @Test
    void externalEntitiesAreNeverResolved() {
        TwimlParseException e = refusal(fixture("xxe-external-entity.xml"));

        assertThat(e.detail()).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void refusalIsATwilioExceptionForTheErrorMapper() {
        assertThatThrownBy(() -> TwimlParser.parse("<Response>"))
                .isInstanceOf(TwilioException.class)
                .isInstanceOf(TwimlParseException.class);
    }

    @Test
    void aByteOrderMarkBeforeTheDeclarationIsAccepted() {
        TwimlDocument document = TwimlParser.parse(fixture("utf8-bom-before-declaration.xml"));

        assertThat(document.verbs()).singleElement().isInstanceOf(Say.class);
    }

    @Test
    void documentsWithoutDeclarationAndWithCommentsParse() {
        TwimlDocument document = TwimlParser.parse("<!-- hi --><Response><!-- a --><Hangup/></Response><!-- bye -->");

        assertThat(document.verbs()).containsExactly(new Hangup(java.util.List.of()));
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void emptyResponseHasNoVerbs() {
        assertThat(TwimlParser.parse("<Response/>").verbs()).isEmpty();
        assertThat(TwimlParser.parse("<?xml version=\"1.0\"?>\n<Response>\n</Response>\n").verbs()).isEmpty();
    }

    @Test
    void verbsKeepDocumentOrder() {
        TwimlDocument document = parseBody("<Say>one</Say><Pause/><Play>two.mp3</Play><Hangup/>");

        assertThat(document.verbs()).extracting(v -> v.getClass().getSimpleName())
                .containsExactly("Say", "Pause", "Play", "Hangup");
    }

    @Test
    void documentsUpTo64KilobytesAreAccepted() {
        String head = "<Response><Say>";
        String tail = "</Say></Response>";
        String exact = head + "a".repeat(TwimlParser.MAX_DOCUMENT_BYTES - head.length() - tail.length()) + tail;

        assertThat(TwimlParser.parse(exact).verbs()).hasSize(1);
    }

    @Test
    void documentsOver64KilobytesAreRefusedWith11750() {
        String head = "<Response><Say>";
        String tail = "</Say></Response>";
        String tooBig = head + "a".repeat(TwimlParser.MAX_DOCUMENT_BYTES - head.length() - tail.length() + 1) + tail;

        TwimlParseException e = refusal(tooBig);

        assertThat(e.code()).isEqualTo(11750);
        assertThat(e.detail()).contains("65537 bytes");
    }

    @Test
    void theSizeLimitCountsUtf8BytesNotCharacters() {
        // 'é' is two bytes in UTF-8: 33,000 of them weigh 66,000 bytes
        String body = "<Response><Say>" + "é".repeat(33_000) + "</Say></Response>";

        assertThat(refusal(body).code()).isEqualTo(11750);
    }

    @Test
    void absurdNestingIsRefusedWithoutStackOverflow() {
        String deep = "<Response><Say>" + "<p>".repeat(5_000) + "x" + "</p>".repeat(5_000) + "</Say></Response>";

        assertThat(refusal(deep).code()).isEqualTo(12100);
    }

    @Test
    void unknownVerbsAreSkippedWithAWarning() {
        TwimlDocument document = TwimlParser.parse(fixture("unknown-verb-lowercase-say.xml"));

        assertThat(document.verbs()).containsExactly(new Hangup(java.util.List.of()));
        assertThat(document.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(12200);
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.column()).isEqualTo(3);
            assertThat(w.detail()).contains("<say>").contains("did you mean <Say>?");
        });
    }

    @Test
    void unsupportedTwilioVerbsAreSkippedWithAWarning() {
        TwimlDocument document = parseBody("<Pay/><Refer><Sip>sip:a@b</Sip></Refer><Sms>hi</Sms><Hangup/>");

        assertThat(document.verbs()).hasSize(1);
        assertThat(warningCodes(document)).containsExactly(12200, 12200, 12200);
        assertThat(document.warnings()).allSatisfy(w -> assertThat(w.detail()).contains("not supported"));
    }

    @Test
    void nounsAtTheTopLevelAreNotVerbs() {
        TwimlDocument document = parseBody("<Number>+15551234567</Number>");

        assertThat(document.verbs()).isEmpty();
        assertThat(document.warnings()).singleElement().satisfies(w -> assertThat(w.detail()).contains("not a TwiML verb"));
    }

    @Test
    void textDirectlyInsideResponseIsIgnoredWithAWarning() {
        TwimlDocument document = parseBody("Hello?<Hangup/>");

        assertThat(document.verbs()).hasSize(1);
        assertThat(warningCodes(document)).containsExactly(12200);
    }

    @Test
    void attributesOnResponseAreWarnedExceptNamespaces() {
        TwimlDocument document = TwimlParser.parse("<Response xmlns=\"urn:x\" version=\"2010\"><Hangup/></Response>");

        assertThat(document.warnings()).singleElement().satisfies(w -> assertThat(w.detail()).contains("'version'"));
    }

    @Test
    void warningsPointAtTheStartTagEvenAcrossLines() {
        String xml = "<Response>\r\n  <Dial\r\n     timeout=\"abc\">+15551234567</Dial>\r\n</Response>";

        TwimlWarning warning = TwimlParser.parse(xml).warnings().getFirst();

        assertThat(warning.line()).isEqualTo(2);
        assertThat(warning.column()).isEqualTo(3);
    }

    @Test
    void warningsCarryCodeTitleAndDetail() {
        TwimlWarning warning = TwimlParser.parse(fixture("dial-timeout-not-a-number.xml")).warnings().getFirst();

        assertThat(warning.error()).isEqualTo(TwilioError.DIAL_INVALID_TIMEOUT);
        assertThat(warning.line()).isEqualTo(3);
        assertThat(warning.column()).isEqualTo(3);
        assertThat(warning.message()).startsWith("Dial: Invalid timeout value: ").contains("'abc'").contains("using 30");
        assertThat(warning.toString()).contains("13212").contains("line 3");
    }

    @Test
    void cdataAndEntitiesAreResolvedInText() {
        Say say = TwimlTestSupport.single(Say.class, "<Say>a &amp; b <![CDATA[<c> & d]]> &#233;</Say>");

        assertThat(say.text()).isEqualTo("a & b <c> & d é");
    }

    @Test
    void relativeUrlsAreKeptAsWritten() {
        Redirect redirect = TwimlTestSupport.single(Redirect.class, "<Redirect>../next?x=1&amp;y=2</Redirect>");

        assertThat(redirect.url()).isEqualTo("../next?x=1&y=2");
    }
}
