package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DialSipParsingTest {

    private static DialSip sip(String body) {
        return (DialSip) single(Dial.class, "<Dial>" + body + "</Dial>").nouns().getFirst();
    }

    @Test
    void keepsTheUriAndExposesItsQueryForHeaders() {
        DialSip s = sip("<Sip>sip:bob@example.com;transport=tls?X-Foo=1&amp;User-to-User=56a390f3%3Bencoding%3Dhex</Sip>");

        assertThat(s.uri()).isEqualTo("sip:bob@example.com;transport=tls?X-Foo=1&User-to-User=56a390f3%3Bencoding%3Dhex");
        assertThat(s.uriWithoutQuery()).isEqualTo("sip:bob@example.com;transport=tls");
        assertThat(s.uriQuery()).contains("X-Foo=1&User-to-User=56a390f3%3Bencoding%3Dhex");
    }

    @Test
    void appliesDefaults() {
        assertThat(sip("<Sip>sips:bob@example.com</Sip>")).isEqualTo(new DialSip("sips:bob@example.com",
                Optional.empty(), Optional.empty(), List.of(), LegCallbacks.DEFAULTS, MachineDetection.DEFAULTS));
        assertThat(sip("<Sip>sip:bob@example.com</Sip>").uriQuery()).isEmpty();
    }

    @Test
    void readsCredentialsCallbacksAndMachineDetection() {
        DialSip s = sip("<Sip username=\"admin\" password=\"s3cr3t \" url=\"/whisper\" method=\"GET\""
                + " machineDetection=\"Enable\">sip:bob@example.com</Sip>");

        assertThat(s.username()).contains("admin");
        assertThat(s.password()).contains("s3cr3t ");
        assertThat(s.callbacks().url()).contains("/whisper");
        assertThat(s.callbacks().method()).isEqualTo(HttpMethod.GET);
        assertThat(s.machineDetection().mode()).contains(MachineDetection.Mode.ENABLE);
    }

    @Test
    void readsHeadersElements() {
        DialSip s = sip("<Sip>sip:bob@example.com<Headers><Header name=\"X-Account\" value=\"42\"/>"
                + "<Header name=\"X-Empty\"/></Headers></Sip>");

        assertThat(s.headers()).containsExactly(new SipHeader("X-Account", "42"), new SipHeader("X-Empty", ""));
    }

    @Test
    void invalidHeaderNamesAreSkippedWith13252() {
        TwimlDocument document = parseBody("<Dial><Sip>sip:a@b.com<Headers><Header name=\"X Bad\" value=\"1\"/>"
                + "</Headers></Sip></Dial>");

        assertThat(((DialSip) ((Dial) document.verbs().getFirst()).nouns().getFirst()).headers()).isEmpty();
        assertThat(warningCodes(document)).containsExactly(13252);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bob@example.com", "tel:+15551234567", "", "https://example.com"})
    void nonSipUrisAreSkippedWith13243(String uri) {
        TwimlDocument document = parseBody("<Dial><Sip>" + uri + "</Sip></Dial>");

        assertThat(document.verbs()).isEmpty();
        assertThat(warningCodes(document)).containsExactly(13243, 13215);
    }

    @Test
    void urisOf255CharactersOrMoreAreSkipped() {
        String uri = "sip:" + "a".repeat(245) + "@b.com";

        assertThat(warningCodes(parseBody("<Dial><Sip>" + uri + "</Sip></Dial>"))).startsWith(13243);
    }

    @Test
    void invalidMethodWarns13241() {
        assertThat(warningCodes(parseBody("<Dial><Sip method=\"PUT\">sip:a@b.com</Sip></Dial>"))).containsExactly(13241);
    }

    @Test
    void uriChildrenAreNotSupported() {
        TwimlDocument document = parseBody("<Dial><Sip>sip:a@b.com<Uri>sip:c@d.com</Uri></Sip></Dial>");

        assertThat(document.verbs()).hasSize(1);
        assertThat(warningCodes(document)).containsExactly(12200);
    }
}
