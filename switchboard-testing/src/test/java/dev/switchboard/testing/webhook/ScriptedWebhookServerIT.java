package dev.switchboard.testing.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.core.webhook.WebhookSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScriptedWebhookServerIT {
    private final ScriptedWebhookServer app = ScriptedWebhookServer.start();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void close() {
        http.close();
        app.close();
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(app.url(pathAndQuery))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersEachPathsQueueInOrderThenItsDefaultThen404() throws Exception {
        app.enqueueTwiml("/voice", "<Response>1</Response>")
                .enqueue("/voice", ScriptedResponse.of(500, "text/plain", "boom"))
                .setDefault("/other", ScriptedResponse.status(204));

        HttpResponse<String> first = get("/voice?x=1");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).contains("text/xml");
        assertThat(first.body()).isEqualTo("<Response>1</Response>");
        assertThat(get("/voice").statusCode()).isEqualTo(500);
        assertThat(get("/voice").statusCode()).isEqualTo(404);
        assertThat(get("/other").statusCode()).isEqualTo(204);
        assertThat(get("/other").statusCode()).isEqualTo(204);
    }

    @Test
    void recordsWhatTheAppReceives() throws Exception {
        app.enqueueTwiml("/voice", "<Response/>");
        String url = app.url("/voice?customerId=42&x=a%20b");
        FormParams form = FormParams.of("CallSid", "CA1", "From", "+14155551234");
        String body = "CallSid=CA1&From=%2B14155551234";
        http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(WebhookSignature.HEADER, WebhookSignature.sign("token", url, form))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());

        RecordedRequest request = app.takeRequest(Duration.ofSeconds(1));

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/voice");
        assertThat(request.url()).isEqualTo(url);
        assertThat(request.query()).isEqualTo(FormParams.of("customerId", "42", "x", "a b"));
        assertThat(request.form()).isEqualTo(form);
        assertThat(request.body()).isEqualTo(body);
        assertThat(request.header("content-type")).contains("application/x-www-form-urlencoded");
        assertThat(request.hasValidSignature("token")).isTrue();
        assertThat(request.hasValidSignature("token", app.url("/voice?customerId=43"))).isFalse();
        app.assertNoMoreRequests();
    }

    @Test
    void delaysTheAnswer() throws Exception {
        app.enqueue("/slow", ScriptedResponse.twiml("<Response/>").delayedBy(Duration.ofMillis(200)));
        long start = System.nanoTime();

        assertThat(get("/slow").statusCode()).isEqualTo(200);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void dropsTheConnectionWithoutAnswering() {
        app.enqueue("/drop", ScriptedResponse.disconnect());

        // A POST: java.net.http would silently resend a GET once (see ScriptedResponse.Action.DISCONNECT).
        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create(app.url("/drop")))
                .POST(HttpRequest.BodyPublishers.ofString("a=1")).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        assertThat(app.takeRequest().path()).isEqualTo("/drop");
        app.assertNoMoreRequests();
    }

    @Test
    void aHangingAnswerIsRecordedAndReleasedOnClose() {
        app.enqueue("/hang", ScriptedResponse.hang());
        CompletableFuture<HttpResponse<String>> pending = http.sendAsync(
                HttpRequest.newBuilder(URI.create(app.url("/hang"))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(app.takeRequest(Duration.ofSeconds(1)).path()).isEqualTo("/hang");
        assertThat(pending).isNotDone();
        app.close();

        assertThat(pending).failsWithin(Duration.ofSeconds(2));
    }

    @Test
    void takeRequestFailsWhenNothingArrives() {
        assertThatThrownBy(() -> app.takeRequest(Duration.ofMillis(50))).isInstanceOf(AssertionError.class);
        assertThat(app.pollRequest(Duration.ZERO)).isEmpty();
    }
}
