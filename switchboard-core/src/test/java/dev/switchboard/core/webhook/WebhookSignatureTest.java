package dev.switchboard.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    private static final String TOKEN = "12345";
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final FormParams SPEC_PARAMS = FormParams.of(
            "CallSid", "CA1234567890ABCDE",
            "Caller", "+14158675309",
            "Digits", "1234",
            "From", "+14158675309",
            "To", "+18005551212");

    @Test
    void signsTheSpecVector() {
        assertThat(WebhookSignature.sign(TOKEN, URL, SPEC_PARAMS)).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    }

    @Test
    void dataToSignIsUrlThenSortedNamesAndValues() {
        assertThat(WebhookSignature.dataToSign(URL, SPEC_PARAMS)).isEqualTo(
                "https://mycompany.com/myapp.php?foo=1&bar=2CallSidCA1234567890ABCDECaller+14158675309"
                        + "Digits1234From+14158675309To+18005551212");
    }

    @Test
    void parameterOrderDoesNotMatter() {
        FormParams shuffled = FormParams.of(
                "To", "+18005551212", "Digits", "1234", "CallSid", "CA1234567890ABCDE",
                "From", "+14158675309", "Caller", "+14158675309");
        assertThat(WebhookSignature.sign(TOKEN, URL, shuffled)).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    }

    @Test
    void repeatedKeysContributeEachDistinctValueSorted() {
        FormParams params = FormParams.of(
                "Sid", "CA123", "SidAccount", "AC123", "Digits", "5678", "Digits", "1234", "Digits", "1234");
        assertThat(WebhookSignature.dataToSign(URL, params))
                .isEqualTo(URL + "Digits1234Digits5678SidCA123SidAccountAC123");
        assertThat(WebhookSignature.sign(TOKEN, URL, params)).isEqualTo("IK+Dwps556ElfBT0I3Rgjkr1wJU=");
    }

    @Test
    void namesSortCaseSensitivelyInByteOrder() {
        FormParams params = FormParams.of("b", "1", "B", "2", "a", "3", "Ä", "4");
        assertThat(WebhookSignature.dataToSign("u", params)).isEqualTo("uB2a3b1Ä4");
    }

    @Test
    void supplementaryCharactersSortByCodePointNotUtf16Unit() {
        // U+FB01 < U+1F600 in UTF-8 bytes, though the emoji's surrogate (U+D83D) sorts first in UTF-16.
        FormParams params = FormParams.of("\uD83D\uDE00", "1", "\uFB01", "2");
        assertThat(WebhookSignature.dataToSign("u", params)).isEqualTo("u\uFB012\uD83D\uDE001");
    }

    @Test
    void getSignsTheUrlOnly() {
        String url = "https://example.com/voice?CallSid=CA1&From=%2B14155551234";
        assertThat(WebhookSignature.sign(TOKEN, url))
                .isEqualTo(WebhookSignature.sign(TOKEN, url, FormParams.empty()))
                .isNotEqualTo(WebhookSignature.sign(TOKEN, url, FormParams.of("CallSid", "CA1")));
    }

    @Test
    void connectionOverrideFragmentIsNotSigned() {
        String withOverrides = URL + "#ct=1000&rc=2&rp=all";
        assertThat(WebhookSignature.sign(TOKEN, withOverrides, SPEC_PARAMS)).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        assertThat(WebhookSignature.dataToSign(withOverrides, SPEC_PARAMS)).doesNotContain("#");
    }

    @Test
    void validateAcceptsTheRightSignatureOnly() {
        assertThat(WebhookSignature.validate(TOKEN, URL, SPEC_PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isTrue();
        assertThat(WebhookSignature.validate(TOKEN, URL, SPEC_PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8")).isFalse();
        assertThat(WebhookSignature.validate("54321", URL, SPEC_PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isFalse();
        assertThat(WebhookSignature.validate(TOKEN, URL, SPEC_PARAMS.add("Extra", "x"), "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).isFalse();
        assertThat(WebhookSignature.validate(TOKEN, URL, SPEC_PARAMS, "")).isFalse();
        assertThat(WebhookSignature.validate(TOKEN, URL, SPEC_PARAMS, null)).isFalse();
    }

    @Test
    void validateToleratesTheDefaultPortLikeHelperLibraries() {
        String withPort = "https://mycompany.com:443/myapp.php?foo=1&bar=2";
        String signedWithoutPort = WebhookSignature.sign(TOKEN, URL, SPEC_PARAMS);
        String signedWithPort = WebhookSignature.sign(TOKEN, withPort, SPEC_PARAMS);
        assertThat(WebhookSignature.validate(TOKEN, withPort, SPEC_PARAMS, signedWithoutPort)).isTrue();
        assertThat(WebhookSignature.validate(TOKEN, URL, SPEC_PARAMS, signedWithPort)).isTrue();
        assertThat(WebhookSignature.validate(TOKEN, "https://mycompany.com:8443/myapp.php?foo=1&bar=2",
                SPEC_PARAMS, signedWithoutPort)).isFalse();
    }

    @Test
    void portVariantsAddOrRemoveOnlyTheSchemeDefault() {
        assertThat(WebhookSignature.portVariants("https://h/p")).containsExactly("https://h/p", "https://h:443/p");
        assertThat(WebhookSignature.portVariants("http://u:pw@h:80?q")).containsExactly("http://u:pw@h:80?q", "http://u:pw@h?q");
        assertThat(WebhookSignature.portVariants("http://[::1]/p")).containsExactly("http://[::1]/p", "http://[::1]:80/p");
        assertThat(WebhookSignature.portVariants("https://h:8443/p")).containsExactly("https://h:8443/p");
        assertThat(WebhookSignature.portVariants("wss://h/p")).containsExactly("wss://h/p");
    }

    @Test
    void bodySha256MatchesTheSpecVector() {
        assertThat(WebhookSignature.bodySha256("{\"property\": \"value\", \"boolean\": true}"))
                .isEqualTo("0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620");
    }

    @Test
    void jsonWebhookSignsTheUrlCarryingTheBodyHash() {
        byte[] body = "{\"property\": \"value\", \"boolean\": true}".getBytes(StandardCharsets.UTF_8);
        String url = WebhookSignature.withBodySha256("https://example.com/events?x=1#rc=2", body);
        assertThat(url).isEqualTo("https://example.com/events?x=1&bodySHA256="
                + "0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620#rc=2");
        assertThat(WebhookSignature.withBodySha256("https://example.com/events", body))
                .startsWith("https://example.com/events?bodySHA256=");
        String signature = WebhookSignature.sign(TOKEN, url);
        assertThat(WebhookSignature.validate(TOKEN, ConnectionOverrides.stripFragment(url), signature)).isTrue();
    }
}
