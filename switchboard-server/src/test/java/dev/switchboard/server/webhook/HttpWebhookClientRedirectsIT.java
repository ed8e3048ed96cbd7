package dev.switchboard.server.webhook;

import static dev.switchboard.server.webhook.HttpWebhookClientIT.PARAMS;
import static dev.switchboard.server.webhook.HttpWebhookClientIT.TOKEN;
import static dev.switchboard.server.webhook.HttpWebhookClientIT.TWIML;
import static dev.switchboard.server.webhook.HttpWebhookClientIT.failure;
import static dev.switchboard.server.webhook.HttpWebhookClientIT.response;
import static dev.switchboard.server.webhook.HttpWebhookClientIT.token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.webhook.WebhookFailure;
import dev.switchboard.core.webhook.WebhookMethod;
import dev.switchboard.core.webhook.WebhookRequest;
import dev.switchboard.core.webhook.WebhookResult;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedResponse;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Twilio follows 301, 302, 303 and 307 (error 11216's page); everything else is an error. */
class HttpWebhookClientRedirectsIT {
    final ScriptedWebhookServer app = ScriptedWebhookServer.start();
    final HttpWebhookClient client = new HttpWebhookClient();

    @AfterEach
    void close() {
        client.close();
        app.close();
    }

    WebhookResult post(String path) {
        return client.fetch(WebhookRequest.twiml(app.url(path), WebhookMethod.POST, PARAMS, TOKEN));
    }

    @ParameterizedTest
    @ValueSource(ints = {301, 302, 307})
    void followsARedirectKeepingMethodParametersAndToken(int status) {
        app.enqueue("/old", ScriptedResponse.redirect(status, "new?step=2"));
        app.enqueueTwiml("/new", TWIML);

        assertThat(response(post("/old")).body()).isEqualTo(TWIML);

        RecordedRequest old = app.takeRequest();
        RecordedRequest moved = app.takeRequest();
        assertThat(moved.method()).isEqualTo("POST");
        assertThat(moved.url()).isEqualTo(app.url("/new?step=2"));
        assertThat(moved.form()).isEqualTo(PARAMS);
        assertThat(moved.hasValidSignature(TOKEN)).isTrue();
        assertThat(token(moved)).isEqualTo(token(old));
    }

    @Test
    void seeOtherTurnsAPostIntoAGetCarryingTheParameters() {
        app.enqueue("/old", ScriptedResponse.redirect(303, app.url("/twiml")));
        app.enqueueTwiml("/twiml", TWIML);

        response(post("/old"));

        app.takeRequest();
        RecordedRequest get = app.takeRequest();
        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.query()).isEqualTo(PARAMS);
        assertThat(get.hasValidSignature(TOKEN)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {300, 304, 308})
    void otherRedirectsAre11216(int status) {
        app.enqueue("/old", ScriptedResponse.redirect(status, "/new"));

        WebhookFailure failure = failure(post("/old"));

        assertThat(failure.twilioCode()).isEqualTo(11216);
        assertThat(failure.httpStatus()).contains(status);
    }

    @Test
    void aRedirectWithoutLocationIs11216() {
        app.enqueue("/old", ScriptedResponse.status(302));

        assertThat(failure(post("/old")).reason()).contains("without a Location");
    }

    @Test
    void aRedirectLoopIs11215() {
        app.setDefault("/loop", ScriptedResponse.redirect(302, "/loop"));

        WebhookFailure failure = failure(post("/loop"));

        assertThat(failure.twilioCode()).isEqualTo(11215);
        assertThat(app.pendingRequests()).isEqualTo(HttpWebhookClient.MAX_REDIRECTS + 1);
    }
}
