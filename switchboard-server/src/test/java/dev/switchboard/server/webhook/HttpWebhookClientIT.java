package dev.switchboard.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.core.webhook.WebhookFailure;
import dev.switchboard.core.webhook.WebhookMethod;
import dev.switchboard.core.webhook.WebhookRequest;
import dev.switchboard.core.webhook.WebhookResponse;
import dev.switchboard.core.webhook.WebhookResult;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedResponse;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the customer's app receives from {@link HttpWebhookClient}, and how its answers are judged. */
class HttpWebhookClientIT {
    static final String TOKEN = "auth-token-of-AC1";
    static final String TWIML = "<Response><Say>Hello</Say></Response>";
    static final FormParams PARAMS = FormParams.of(
            "CallSid", "CA0123456789abcdef0123456789abcdef", "From", "+14155551234", "SpeechResult", "yes please");

    final ScriptedWebhookServer app = ScriptedWebhookServer.start();
    final HttpWebhookClient client = new HttpWebhookClient();

    @AfterEach
    void close() {
        client.close();
        app.close();
    }

    WebhookResult fetch(String pathAndFragment, WebhookMethod method) {
        return client.fetch(WebhookRequest.twiml(app.url(pathAndFragment), method, PARAMS, TOKEN));
    }

    static WebhookResponse response(WebhookResult result) {
        assertThat(result).isInstanceOf(WebhookResponse.class);
        return (WebhookResponse) result;
    }

    static WebhookFailure failure(WebhookResult result) {
        assertThat(result).isInstanceOf(WebhookFailure.class);
        return (WebhookFailure) result;
    }

    @Test
    void getAppendsTheParametersToTheUrlsOwnQueryAndSignsTheWholeUrl() {
        app.enqueueTwiml("/voice", TWIML);

        WebhookResponse answer = response(fetch("/voice?customerId=42&x=a%20b", WebhookMethod.GET));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("text/xml");
        assertThat(answer.body()).isEqualTo(TWIML);
        RecordedRequest voice = app.takeRequest();
        assertThat(voice.method()).isEqualTo("GET");
        assertThat(voice.url()).isEqualTo(app.url("/voice?customerId=42&x=a%20b"
                + "&CallSid=CA0123456789abcdef0123456789abcdef&From=%2B14155551234&SpeechResult=yes+please"));
        assertThat(voice.query().get("customerId")).contains("42");
        assertThat(voice.query().get("x")).contains("a b");
        assertThat(voice.query().get("From")).contains("+14155551234");
        assertThat(voice.body()).isEmpty();
        assertThat(voice.hasValidSignature(TOKEN)).isTrue();
        assertThat(voice.hasValidSignature("another-token")).isFalse();
        app.assertNoMoreRequests();
    }

    @Test
    void postSendsAFormBodyAndSignsTheUrlPlusTheSortedParameters() {
        app.enqueueTwiml("/voice", TWIML);

        response(fetch("/voice?customerId=42&x=a%20b", WebhookMethod.POST));

        RecordedRequest voice = app.takeRequest();
        assertThat(voice.method()).isEqualTo("POST");
        assertThat(voice.url()).isEqualTo(app.url("/voice?customerId=42&x=a%20b"));
        assertThat(voice.header("Content-Type")).contains("application/x-www-form-urlencoded; charset=UTF-8");
        assertThat(voice.form()).isEqualTo(PARAMS);
        assertThat(voice.query()).isEqualTo(FormParams.of("customerId", "42", "x", "a b"));
        assertThat(voice.hasValidSignature(TOKEN, app.url("/voice?customerId=42&x=a%20b"))).isTrue();
    }

    @Test
    void sendsTwiliosHeaders() {
        app.enqueueTwiml("/voice", TWIML);

        fetch("/voice", WebhookMethod.POST);

        RecordedRequest voice = app.takeRequest();
        assertThat(voice.header("User-Agent")).contains("TwilioProxy/1.1");
        assertThat(voice.header("Accept")).contains("*/*");
        assertThat(voice.header("I-Twilio-Idempotency-Token")).hasValueSatisfying(t -> assertThat(t).isNotBlank());
        assertThat(voice.signature()).isPresent();
        // nothing of the HTTP client's own: no compression asked for, no cookies, no other agent
        assertThat(voice.headers().keySet()).containsExactlyInAnyOrder("Host", "Content-length", "Content-type",
                "User-agent", "Accept", "X-twilio-signature", "I-twilio-idempotency-token");
    }

    @Test
    void eachLogicalRequestGetsItsOwnIdempotencyToken() {
        app.setDefault("/status", ScriptedResponse.status(204));

        fetch("/status", WebhookMethod.POST);
        fetch("/status", WebhookMethod.POST);

        assertThat(app.takeRequest().header("I-Twilio-Idempotency-Token"))
                .isNotEqualTo(app.takeRequest().header("I-Twilio-Idempotency-Token"));
    }

    @Test
    void theOverrideFragmentIsNeitherSentNorSigned() {
        app.enqueueTwiml("/voice", TWIML);

        response(fetch("/voice?customerId=42#rt=5000&ct=1000", WebhookMethod.POST));

        RecordedRequest voice = app.takeRequest();
        assertThat(voice.url()).isEqualTo(app.url("/voice?customerId=42"));
        assertThat(voice.hasValidSignature(TOKEN, app.url("/voice?customerId=42"))).isTrue();
    }

    @Test
    void escapesWhatAUriCannotHoldAndSignsTheEscapedUrl() {
        app.enqueueTwiml("/voice", TWIML);

        response(fetch("/voice?name=Zoë Smith", WebhookMethod.GET));

        RecordedRequest voice = app.takeRequest();
        assertThat(voice.url()).startsWith(app.url("/voice?name=Zo%C3%AB%20Smith&CallSid="));
        assertThat(voice.query().get("name")).contains("Zoë Smith");
        assertThat(voice.hasValidSignature(TOKEN)).isTrue();
    }

    @Test
    void anUnrequestableUrlIs11100() {
        WebhookFailure failure = failure(client.fetch(WebhookRequest.twiml("/relative/voice", WebhookMethod.POST, PARAMS, TOKEN)));

        assertThat(failure.twilioCode()).isEqualTo(11100);
        assertThat(failure.httpStatus()).isEmpty();
    }

    @Test
    void manyConcurrentWebhooksOnVirtualThreads() throws Exception {
        app.setDefault("/voice", ScriptedResponse.twiml(TWIML).delayedBy(Duration.ofMillis(100)));
        var results = new java.util.concurrent.ConcurrentLinkedQueue<WebhookResult>();
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 100; i++) {
                threads.submit(() -> results.add(fetch("/voice", WebhookMethod.POST)));
            }
        }
        assertThat(results).hasSize(100).allSatisfy(r -> assertThat(r).isInstanceOf(WebhookResponse.class));
        assertThat(app.pendingRequests()).isEqualTo(100);
    }

    static Optional<String> token(RecordedRequest request) {
        return request.header("I-Twilio-Idempotency-Token");
    }
}
