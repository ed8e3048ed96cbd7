package dev.switchboard.core.twiml;

import static dev.switchboard.core.twiml.TwimlTestSupport.parseBody;
import static dev.switchboard.core.twiml.TwimlTestSupport.single;
import static dev.switchboard.core.twiml.TwimlTestSupport.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedirectParsingTest {

    @Test
    void readsUrlWithDefaultPost() {
        assertThat(single(Redirect.class, "<Redirect>https://example.com/next</Redirect>"))
                .isEqualTo(new Redirect("https://example.com/next", HttpMethod.POST));
    }

    @Test
    void readsMethod() {
        assertThat(single(Redirect.class, "<Redirect method=\"GET\">/next</Redirect>").method()).isEqualTo(HttpMethod.GET);
    }

    @Test
    void invalidMethodWarns13710AndUsesPost() {
        TwimlDocument document = parseBody("<Redirect method=\"PUT\">/next</Redirect>");

        assertThat(document.verbs()).containsExactly(new Redirect("/next", HttpMethod.POST));
        assertThat(warningCodes(document)).containsExactly(13710);
    }

    @Test
    void redirectWithoutUrlIsSkipped() {
        TwimlDocument document = parseBody("<Redirect>  </Redirect><Hangup/>");

        assertThat(document.verbs()).singleElement().isInstanceOf(Hangup.class);
        assertThat(warningCodes(document)).containsExactly(12200);
    }
}
