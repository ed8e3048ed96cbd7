package dev.switchboard.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutgoingWebhookTest {
    private static final String TOKEN = "12345";
    private static final FormParams PARAMS = FormParams.of("CallSid", "CA1", "From", "+14155551234", "Digits", "1 2");

    private static OutgoingWebhook outgoing(String url, WebhookMethod method) {
        return OutgoingWebhook.of(WebhookRequest.twiml(url, method, PARAMS, TOKEN), "token-1");
    }

    @Test
    void getAppendsParametersToTheUrlsOwnQueryUntouched() {
        OutgoingWebhook get = outgoing("http://app/voice?customerId=42&x=a%20b#rt=300", WebhookMethod.GET);
        assertThat(get.requestUrl())
                .isEqualTo("http://app/voice?customerId=42&x=a%20b&CallSid=CA1&From=%2B14155551234&Digits=1+2");
        assertThat(get.formBody()).isEmpty();
    }

    @Test
    void getStartsAQueryWhenTheUrlHasNone() {
        assertThat(outgoing("http://app/voice", WebhookMethod.GET).requestUrl())
                .isEqualTo("http://app/voice?CallSid=CA1&From=%2B14155551234&Digits=1+2");
        assertThat(outgoing("http://app/voice?", WebhookMethod.GET).requestUrl())
                .isEqualTo("http://app/voice?CallSid=CA1&From=%2B14155551234&Digits=1+2");
    }

    @Test
    void postSendsAFormBodyAndKeepsTheUrl() {
        OutgoingWebhook post = outgoing("http://app/voice?customerId=42#ct=100", WebhookMethod.POST);
        assertThat(post.requestUrl()).isEqualTo("http://app/voice?customerId=42");
        assertThat(post.formBody()).contains("CallSid=CA1&From=%2B14155551234&Digits=1+2");
        assertThat(post.headers()).containsEntry("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
    }

    @Test
    void signaturesValidateOverTheUrlRequestedWithoutFragment() {
        OutgoingWebhook get = outgoing("http://app/voice?customerId=42#rt=300", WebhookMethod.GET);
        assertThat(WebhookSignature.validate(TOKEN, get.requestUrl(), get.signature())).isTrue();
        OutgoingWebhook post = outgoing("http://app/voice?customerId=42#rt=300", WebhookMethod.POST);
        assertThat(WebhookSignature.validate(TOKEN, "http://app/voice?customerId=42", PARAMS, post.signature())).isTrue();
    }

    @Test
    void postSignatureMatchesTheSpecVector() {
        FormParams spec = FormParams.of("CallSid", "CA1234567890ABCDE", "Caller", "+14158675309", "Digits", "1234",
                "From", "+14158675309", "To", "+18005551212");
        OutgoingWebhook post = OutgoingWebhook.of(WebhookRequest.twiml(
                "https://mycompany.com/myapp.php?foo=1&bar=2", WebhookMethod.POST, spec, TOKEN), "t");
        assertThat(post.signature()).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    }

    @Test
    void sendsTwiliosFixedHeaders() {
        assertThat(outgoing("http://app/voice", WebhookMethod.GET).headers())
                .containsEntry("User-Agent", "TwilioProxy/1.1")
                .containsEntry("Accept", "*/*")
                .containsEntry("I-Twilio-Idempotency-Token", "token-1")
                .containsKey("X-Twilio-Signature")
                .doesNotContainKey("Content-Type");
    }

    @Test
    void followsOnlyTheRedirectsTwilioFollows() {
        OutgoingWebhook post = outgoing("http://app/a/voice", WebhookMethod.POST);
        assertThat(post.redirectedTo(308, "/x")).isEmpty();
        assertThat(post.redirectedTo(300, "/x")).isEmpty();
        OutgoingWebhook moved = post.redirectedTo(301, "next?step=2").orElseThrow();
        assertThat(moved.method()).isEqualTo(WebhookMethod.POST);
        assertThat(moved.url()).isEqualTo("http://app/a/next?step=2");
        assertThat(moved.idempotencyToken()).isEqualTo("token-1");
        assertThat(WebhookSignature.validate(TOKEN, moved.url(), PARAMS, moved.signature())).isTrue();
    }

    @Test
    void seeOtherTurnsPostIntoGetWithParametersInTheQuery() {
        OutgoingWebhook seeOther = outgoing("http://app/voice", WebhookMethod.POST)
                .redirectedTo(303, "https://other/twiml").orElseThrow();
        assertThat(seeOther.method()).isEqualTo(WebhookMethod.GET);
        assertThat(seeOther.requestUrl()).isEqualTo("https://other/twiml?CallSid=CA1&From=%2B14155551234&Digits=1+2");
    }

    @Test
    void toStringHidesTheAuthToken() {
        assertThat(outgoing("http://app/voice", WebhookMethod.POST).toString()).doesNotContain(TOKEN);
        assertThat(WebhookRequest.twiml("http://app", WebhookMethod.GET, PARAMS, "secret").toString())
                .doesNotContain("secret");
    }
}
