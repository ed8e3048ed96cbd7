package dev.switchboard.server.webhook;

import static dev.switchboard.server.webhook.HttpWebhookClientIT.PARAMS;
import static dev.switchboard.server.webhook.HttpWebhookClientIT.TOKEN;
import static dev.switchboard.server.webhook.HttpWebhookClientIT.TWIML;
import static dev.switchboard.server.webhook.HttpWebhookClientIT.failure;
import static dev.switchboard.server.webhook.HttpWebhookClientIT.response;
import static dev.switchboard.server.webhook.HttpWebhookClientIT.token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.webhook.WebhookFailure;
import dev.switchboard.core.webhook.WebhookLimits;
import dev.switchboard.core.webhook.WebhookMethod;
import dev.switchboard.core.webhook.WebhookRequest;
import dev.switchboard.core.webhook.WebhookResponse;
import dev.switchboard.core.webhook.WebhookResult;
import dev.switchboard.testing.webhook.BlackholePort;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedResponse;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Timeouts, retries, bad answers and broken connections: Twilio's codes and the overrides. */
class HttpWebhookClientFailuresIT {
    final ScriptedWebhookServer app = ScriptedWebhookServer.start();
    final HttpWebhookClient client = new HttpWebhookClient();

    @AfterEach
    void close() {
        client.close();
        app.close();
    }

    WebhookResult fetch(String url) {
        return client.fetch(WebhookRequest.twiml(url, WebhookMethod.POST, PARAMS, TOKEN));
    }

    WebhookResult fetchPath(String pathAndFragment) {
        return fetch(app.url(pathAndFragment));
    }

    @Test
    void aReadTimeoutOverrideFailsASlowAppWithinItsBudget() {
        app.enqueue("/slow", ScriptedResponse.twiml(TWIML).delayedBy(Duration.ofSeconds(1)));

        WebhookFailure failure = failure(fetchPath("/slow#rt=300"));

        assertThat(failure.twilioCode()).isEqualTo(11200);
        assertThat(failure.reason()).contains("rt=300").contains("after 1 attempt");
        assertThat(failure.httpStatus()).isEmpty();
        assertThat(failure.elapsed()).isBetween(Duration.ofMillis(250), Duration.ofMillis(900));
    }

    @Test
    void theReadTimeoutAlsoBoundsTheGapsInTheBody() {
        app.enqueue("/stall", ScriptedResponse.twiml(TWIML).withBodyDelay(Duration.ofSeconds(1)));

        WebhookFailure failure = failure(fetchPath("/stall#rt=300"));

        assertThat(failure.twilioCode()).isEqualTo(11200);
        assertThat(failure.reason()).contains("while receiving the body");
        assertThat(failure.elapsed()).isLessThan(Duration.ofMillis(900));
    }

    @Test
    void aConnectTimeoutOverrideAppliesToAHostThatDropsPackets() {
        try (BlackholePort blackhole = BlackholePort.open()) {
            WebhookFailure failure = failure(fetch(blackhole.url("/voice#ct=200&rc=0")));

            assertThat(failure.twilioCode()).isEqualTo(11200);
            assertThat(failure.reason()).contains("connect timed out (ct=200 ms)").contains("after 1 attempt");
            assertThat(failure.elapsed()).isBetween(Duration.ofMillis(150), Duration.ofMillis(900));
        }
    }

    @Test
    void connectTimeoutsAreRetriedOnceByDefault() {
        try (BlackholePort blackhole = BlackholePort.open()) {
            WebhookFailure failure = failure(fetch(blackhole.url("/voice#ct=200")));

            assertThat(failure.reason()).contains("after 2 attempts");
            assertThat(failure.elapsed()).isBetween(Duration.ofMillis(350), Duration.ofMillis(1500));
        }
    }

    @Test
    void anUnreachablePortIs11200AfterTheDefaultRetry() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        WebhookFailure failure = failure(fetch("http://127.0.0.1:" + closedPort + "/voice"));

        assertThat(failure.twilioCode()).isEqualTo(11200);
        assertThat(failure.reason()).contains("connection refused").contains("after 2 attempts");
        assertThat(failure.elapsed()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void theTotalBudgetEndsRetriesEarly() {
        app.setDefault("/slow", ScriptedResponse.hang());

        WebhookFailure failure = failure(fetchPath("/slow#rt=400&tt=600&rc=5&rp=rt"));

        assertThat(failure.twilioCode()).isEqualTo(11200);
        assertThat(failure.reason()).contains("tt=600").contains("after 2 attempts");
        assertThat(failure.elapsed()).isBetween(Duration.ofMillis(550), Duration.ofMillis(1200));
        assertThat(app.takeRequest()).isNotNull();
        assertThat(app.takeRequest()).isNotNull();
        app.assertNoMoreRequests();
    }

    @Test
    void aServerErrorIs11200WithTheStatusAndIsNotRetriedByDefault() {
        app.enqueue("/voice", ScriptedResponse.of(500, "text/html", "<h1>boom</h1>"));

        WebhookFailure failure = failure(fetchPath("/voice"));

        assertThat(failure.twilioCode()).isEqualTo(11200);
        assertThat(failure.reason()).contains("HTTP 500").contains("after 1 attempt");
        assertThat(failure.httpStatus()).contains(500);
        assertThat(failure.body()).contains("<h1>boom</h1>");
        app.takeRequest();
        app.assertNoMoreRequests();
    }

    @Test
    void serverErrorsAreRetriedWhenThePolicySaysSoWithTheSameIdempotencyToken() {
        app.setDefault("/voice", ScriptedResponse.of(503, "text/plain", "busy"));

        WebhookFailure failure = failure(fetchPath("/voice#rc=2&rp=5xx"));

        assertThat(failure.reason()).contains("HTTP 503").contains("after 3 attempts");
        RecordedRequest first = app.takeRequest();
        RecordedRequest second = app.takeRequest();
        RecordedRequest third = app.takeRequest();
        app.assertNoMoreRequests();
        assertThat(token(first)).isPresent().isEqualTo(token(second)).isEqualTo(token(third));
        assertThat(third.hasValidSignature(TOKEN)).isTrue();
    }

    @Test
    void aRetryThatSucceedsAnswersTheTwiml() {
        app.enqueue("/voice", ScriptedResponse.of(500, "text/plain", "oops"));
        app.enqueueTwiml("/voice", TWIML);

        WebhookResponse answer = response(fetchPath("/voice#rp=5xx"));

        assertThat(answer.body()).isEqualTo(TWIML);
        assertThat(token(app.takeRequest())).isEqualTo(token(app.takeRequest()));
    }

    @Test
    void clientErrorsAreNotRetriedUnderA5xxPolicy() {
        app.setDefault("/voice", ScriptedResponse.of(404, "text/plain", "no such page"));

        WebhookFailure failure = failure(fetchPath("/voice#rc=3&rp=5xx"));

        assertThat(failure.httpStatus()).contains(404);
        assertThat(failure.reason()).contains("after 1 attempt");
    }

    @Test
    void aDroppedConnectionIs11200AndNotRetriedByDefault() {
        app.setDefault("/voice", ScriptedResponse.disconnect());

        WebhookFailure failure = failure(fetchPath("/voice"));

        assertThat(failure.twilioCode()).isEqualTo(11200);
        assertThat(failure.reason()).contains("connection closed or reset").contains("after 1 attempt");
        assertThat(failure.httpStatus()).isEmpty();
        app.takeRequest();
        app.assertNoMoreRequests();
    }

    @Test
    void aDroppedGetIsResentOnceByTheJdkWithTheSameTokenThenFails() {
        app.setDefault("/voice", ScriptedResponse.disconnect());

        WebhookFailure failure = failure(client.fetch(WebhookRequest.twiml(app.url("/voice"), WebhookMethod.GET, PARAMS, TOKEN)));

        assertThat(failure.twilioCode()).isEqualTo(11200);
        assertThat(failure.reason()).contains("after 1 attempt");
        assertThat(token(app.takeRequest())).isEqualTo(token(app.takeRequest()));
        app.assertNoMoreRequests();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "text/plain", "application/json", "text/html; charset=utf-8"})
    void twimlWithANonXmlContentTypeIs12300(String contentType) {
        app.enqueue("/voice", ScriptedResponse.of(200, contentType, TWIML));

        WebhookFailure failure = failure(fetchPath("/voice#rc=3&rp=all"));

        assertThat(failure.twilioCode()).isEqualTo(12300);
        assertThat(failure.reason()).contains(contentType);
        assertThat(failure.httpStatus()).contains(200);
        assertThat(failure.body()).contains(TWIML);
        app.takeRequest();
        app.assertNoMoreRequests();
    }

    @Test
    void twimlWithoutAContentTypeIs12300() {
        app.enqueue("/voice", ScriptedResponse.status(204));

        assertThat(failure(fetchPath("/voice")).reason()).contains("no Content-Type");
    }

    @Test
    void xmlContentTypesMayCarryParameters() {
        app.enqueue("/voice", ScriptedResponse.of(200, "application/xml; charset=utf-8", TWIML));

        assertThat(response(fetchPath("/voice")).body()).isEqualTo(TWIML);
    }

    @Test
    void statusCallbacksNeedOnlyA2xx() {
        app.enqueue("/status", ScriptedResponse.status(204));
        app.enqueue("/status", ScriptedResponse.of(200, "application/json", "{\"ok\":true}"));

        WebhookRequest callback = WebhookRequest.statusCallback(app.url("/status"), WebhookMethod.POST, PARAMS, TOKEN);
        WebhookResponse empty = response(client.fetch(callback));
        WebhookResponse json = response(client.fetch(callback));

        assertThat(empty.status()).isEqualTo(204);
        assertThat(empty.contentType()).isEmpty();
        assertThat(json.body()).isEqualTo("{\"ok\":true}");
    }

    @Test
    void twimlOver64KbIs11750AndExactly64KbIsFine() {
        String exactly = "<Response>" + "x".repeat(WebhookLimits.MAX_TWIML_BYTES - 21) + "</Response>";
        assertThat(exactly).hasSize(WebhookLimits.MAX_TWIML_BYTES);
        app.enqueueTwiml("/voice", exactly);
        app.enqueueTwiml("/voice", exactly + " ");

        assertThat(response(fetchPath("/voice")).body()).isEqualTo(exactly);
        WebhookFailure tooLarge = failure(fetchPath("/voice"));

        assertThat(tooLarge.twilioCode()).isEqualTo(11750);
        assertThat(tooLarge.httpStatus()).contains(200);
    }

    @Test
    void anOversizedStatusCallbackAnswerIsReadOnlyUpToTheCap() {
        app.enqueue("/status", ScriptedResponse.of(200, "text/html", "y".repeat(200_000)));

        WebhookResponse answer = response(client.fetch(
                WebhookRequest.statusCallback(app.url("/status"), WebhookMethod.POST, PARAMS, TOKEN)));

        assertThat(answer.body()).hasSize(WebhookLimits.MAX_TWIML_BYTES);
    }
}
