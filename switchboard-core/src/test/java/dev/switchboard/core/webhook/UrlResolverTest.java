package dev.switchboard.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlResolverTest {
    private static final String RFC_BASE = "http://a/b/c/d;p?q";

    /** RFC 3986 §5.4.1 and §5.4.2 (strict), verbatim. */
    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "'g:h'           | g:h",
            "g               | http://a/b/c/g",
            "./g             | http://a/b/c/g",
            "g/              | http://a/b/c/g/",
            "/g              | http://a/g",
            "//g             | http://g",
            "?y              | http://a/b/c/d;p?y",
            "g?y             | http://a/b/c/g?y",
            "'#s'            | http://a/b/c/d;p?q#s",
            "g#s             | http://a/b/c/g#s",
            "g?y#s           | http://a/b/c/g?y#s",
            ";x              | http://a/b/c/;x",
            "g;x             | http://a/b/c/g;x",
            "g;x?y#s         | http://a/b/c/g;x?y#s",
            "''              | http://a/b/c/d;p?q",
            ".               | http://a/b/c/",
            "./              | http://a/b/c/",
            "..              | http://a/b/",
            "../             | http://a/b/",
            "../g            | http://a/b/g",
            "../..           | http://a/",
            "../../          | http://a/",
            "../../g         | http://a/g",
            "../../../g      | http://a/g",
            "../../../../g   | http://a/g",
            "/./g            | http://a/g",
            "/../g           | http://a/g",
            "g.              | http://a/b/c/g.",
            ".g              | http://a/b/c/.g",
            "g..             | http://a/b/c/g..",
            "..g             | http://a/b/c/..g",
            "./../g          | http://a/b/g",
            "./g/.           | http://a/b/c/g/",
            "g/./h           | http://a/b/c/g/h",
            "g/../h          | http://a/b/c/h",
            "g;x=1/./y       | http://a/b/c/g;x=1/y",
            "g;x=1/../y      | http://a/b/c/y",
            "g?y/./x         | http://a/b/c/g?y/./x",
            "g?y/../x        | http://a/b/c/g?y/../x",
            "g#s/./x         | http://a/b/c/g#s/./x",
            "g#s/../x        | http://a/b/c/g#s/../x",
            "http:g          | http:g",
    })
    void resolvesRfc3986Examples(String reference, String expected) {
        assertThat(UrlResolver.resolve(RFC_BASE, reference)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] {0} + \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            // document URL                              | reference from TwiML                | resolved
            "https://app.example.com/voice/start.xml     | gather-done?step=2                  | https://app.example.com/voice/gather-done?step=2",
            "https://app.example.com/voice/start.xml?a=1 | /next.php?b=2&c=3                   | https://app.example.com/next.php?b=2&c=3",
            "https://app.example.com/voice/start.xml?a=1 | next.php                            | https://app.example.com/voice/next.php",
            "https://app.example.com/voice/start.xml?a=1 | ?b=2                                | https://app.example.com/voice/start.xml?b=2",
            "https://app.example.com/voice/              | ../status#rc=3&rp=5xx               | https://app.example.com/status#rc=3&rp=5xx",
            "https://app.example.com/voice#ct=1000       | next                                | https://app.example.com/next",
            "https://app.example.com:8443/a/b            | c                                   | https://app.example.com:8443/a/c",
            "https://app.example.com                     | handle                              | https://app.example.com/handle",
            "https://app.example.com/a                   | https://other.example.com/x?y=1#tt=100 | https://other.example.com/x?y=1#tt=100",
            "https://app.example.com/a                   | //cdn.example.com/hold.mp3          | https://cdn.example.com/hold.mp3",
            "https://app.example.com/a/b                 | '  /trimmed  '                      | https://app.example.com/trimmed",
            "https://app.example.com/a/b                 | next step.xml?name=Zoë              | https://app.example.com/a/next step.xml?name=Zoë",
            "https://app.example.com/a/b                 | x?list[0]=1                         | https://app.example.com/a/x?list[0]=1",
            "https://app.example.com/a/b?q=1             | #only-fragment                      | https://app.example.com/a/b?q=1#only-fragment",
    })
    void resolvesTwimlReferences(String document, String reference, String expected) {
        assertThat(UrlResolver.resolve(document, reference)).isEqualTo(expected);
    }

    @Test
    void absoluteUrlsPassThroughUnchanged() {
        String absolute = "https://hooks.example.com/a/b?x=1&y=%20#ct=500";
        assertThat(UrlResolver.resolve("https://app.example.com/doc", absolute)).isEqualTo(absolute);
        assertThat(UrlResolver.isAbsolute(absolute)).isTrue();
        assertThat(UrlResolver.isAbsolute("/relative")).isFalse();
        assertThat(UrlResolver.isAbsolute("relative?a=b:c")).isFalse();
    }
}
