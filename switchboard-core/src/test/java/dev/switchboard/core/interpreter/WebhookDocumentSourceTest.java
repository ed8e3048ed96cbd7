package dev.switchboard.core.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.geo.GeoLookup;
import dev.switchboard.core.twiml.HttpMethod;
import dev.switchboard.core.twiml.Say;
import dev.switchboard.core.webhook.CallContext;
import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.core.webhook.WebhookClient;
import dev.switchboard.core.webhook.WebhookFailure;
import dev.switchboard.core.webhook.WebhookRequest;
import dev.switchboard.core.webhook.WebhookResponse;
import dev.switchboard.core.webhook.WebhookResult;
import dev.switchboard.core.error.TwilioError;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookDocumentSourceTest {
    static final CallContext CALL = new CallContext("CA" + "1".repeat(32), "AC" + "2".repeat(32), "+14155550101",
            "+14155550100", "ringing", "inbound", "2010-04-01", Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());
    static final String TWIML = "<Response><Say>hello</Say></Response>";

    /** Answers queued results in order and records every request. */
    static final class QueuedClient implements WebhookClient {
        final Deque<WebhookResult> results = new ArrayDeque<>();
        final List<WebhookRequest> requests = new ArrayList<>();

        @Override
        public WebhookResult fetch(WebhookRequest request) {
            requests.add(request);
            return results.removeFirst();
        }
    }

    static WebhookResponse xml(String body) { return new WebhookResponse(200, "text/xml", body, Duration.ofMillis(3)); }

    static WebhookFailure failure() {
        return WebhookFailure.of(TwilioError.HTTP_RETRIEVAL_FAILURE, "HTTP 500", 500, "oops", Duration.ofMillis(3));
    }

    static WebhookDocumentSource source(QueuedClient client, String fallback) {
        return new WebhookDocumentSource(client, () -> CALL, GeoLookup.NONE, "token",
                fallback == null ? Optional.empty() : Optional.of(new WebhookDocumentSource.Fallback(fallback, HttpMethod.POST)));
    }

    @Test
    void sendsStandardParametersWithExtrasWinningAndParsesTheAnswer() {
        QueuedClient client = new QueuedClient();
        client.results.add(xml(TWIML));
        Fetched f = source(client, null).fetch("https://app.example/voice?x=1", HttpMethod.GET,
                FormParams.of("CallStatus", "completed", "Digits", "42"));
        assertThat(f).isInstanceOfSatisfying(Fetched.Document.class, d -> {
            assertThat(d.url()).isEqualTo("https://app.example/voice?x=1");
            assertThat(d.doc().verbs()).singleElement().isInstanceOf(Say.class);
        });
        WebhookRequest sent = client.requests.get(0);
        assertThat(sent.params().all("CallStatus")).containsExactly("completed");
        assertThat(sent.params().get("Digits")).contains("42");
        assertThat(sent.params().get("CallSid")).contains(CALL.callSid());
        assertThat(sent.authToken()).isEqualTo("token");
    }

    @Test
    void aFailedRequestGoesToTheFallbackWithErrorCodeAndErrorUrl() {
        QueuedClient client = new QueuedClient();
        client.results.add(failure());
        client.results.add(xml(TWIML));
        Fetched f = source(client, "https://app.example/fallback").fetch("https://app.example/voice", HttpMethod.POST, FormParams.empty());
        assertThat(f).isInstanceOf(Fetched.Document.class);
        assertThat(client.requests).hasSize(2);
        WebhookRequest second = client.requests.get(1);
        assertThat(second.url()).isEqualTo("https://app.example/fallback");
        assertThat(second.params().get("ErrorCode")).contains("11200");
        assertThat(second.params().get("ErrorUrl")).contains("https://app.example/voice");
    }

    @Test
    void anUnparseableDocumentAlsoUsesTheFallbackAndWithoutOneFailsWith12100() {
        QueuedClient client = new QueuedClient();
        client.results.add(xml("<Response><Say>unclosed"));
        Fetched f = source(client, null).fetch("https://app.example/voice", HttpMethod.POST, FormParams.empty());
        assertThat(f).isInstanceOfSatisfying(Fetched.Failed.class, x -> assertThat(x.twilioCode()).isEqualTo(12100));

        QueuedClient withFallback = new QueuedClient();
        withFallback.results.add(xml("not xml at all"));
        withFallback.results.add(xml(TWIML));
        assertThat(source(withFallback, "https://app.example/fallback")
                .fetch("https://app.example/voice", HttpMethod.POST, FormParams.empty())).isInstanceOf(Fetched.Document.class);
        assertThat(withFallback.requests.get(1).params().get("ErrorCode")).contains("12100");
    }

    @Test
    void whenTheFallbackFailsTooTheFirstFailureIsAnswered() {
        QueuedClient client = new QueuedClient();
        client.results.add(failure());
        client.results.add(WebhookFailure.of(TwilioError.INVALID_CONTENT_TYPE, "text/html", Duration.ofMillis(1)));
        Fetched f = source(client, "https://app.example/fallback").fetch("https://app.example/voice", HttpMethod.POST, FormParams.empty());
        assertThat(f).isInstanceOfSatisfying(Fetched.Failed.class, x -> assertThat(x.twilioCode()).isEqualTo(11200));
    }
}
