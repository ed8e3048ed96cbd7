package dev.switchboard.testing.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.core.webhook.WebhookFailure;
import dev.switchboard.core.webhook.WebhookMethod;
import dev.switchboard.core.webhook.WebhookRequest;
import dev.switchboard.core.webhook.WebhookResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScriptedWebhooksTest {
    private final ScriptedWebhooks webhooks = new ScriptedWebhooks();

    private static WebhookRequest voice(String url) {
        return WebhookRequest.twiml(url, WebhookMethod.POST, FormParams.of("CallSid", "CA1"), "token");
    }

    @Test
    void answersEachUrlsQueueInOrderThenItsDefault() {
        webhooks.enqueueTwiml("http://app/voice", "<Response><Say>1</Say></Response>")
                .enqueueTwiml("http://app/voice", "<Response><Say>2</Say></Response>")
                .setDefault("http://app/voice", WebhookResponse.twiml("<Response/>"));

        assertThat(((WebhookResponse) webhooks.fetch(voice("http://app/voice"))).body()).contains("1");
        assertThat(((WebhookResponse) webhooks.fetch(voice("http://app/voice"))).body()).contains("2");
        assertThat(((WebhookResponse) webhooks.fetch(voice("http://app/voice"))).body()).isEqualTo("<Response/>");
    }

    @Test
    void matchesUrlsWithoutTheirOverrideFragment() {
        webhooks.enqueueTwiml("http://app/voice?x=1", "<Response/>");

        assertThat(webhooks.fetch(voice("http://app/voice?x=1#rt=300"))).isInstanceOf(WebhookResponse.class);
    }

    @Test
    void anUnscriptedUrlFailsLikeA404() {
        WebhookFailure failure = (WebhookFailure) webhooks.fetch(voice("http://app/nothing"));

        assertThat(failure.twilioCode()).isEqualTo(11200);
        assertThat(failure.httpStatus()).contains(404);
        assertThat(failure.reason()).contains("http://app/nothing");
    }

    @Test
    void replaysScriptedFailures() {
        webhooks.enqueueFailure("http://app/voice", TwilioError.INVALID_CONTENT_TYPE, "'text/html'");

        WebhookFailure failure = (WebhookFailure) webhooks.fetch(voice("http://app/voice"));

        assertThat(failure.twilioCode()).isEqualTo(12300);
        assertThat(failure.reason()).isEqualTo("Invalid Content-Type: 'text/html'");
    }

    @Test
    void recordsRequestsInOrder() {
        webhooks.fetch(voice("http://app/a"));
        webhooks.fetch(voice("http://app/b"));

        assertThat(webhooks.takeRequest().url()).isEqualTo("http://app/a");
        assertThat(webhooks.takeRequest(Duration.ofMillis(10)).url()).isEqualTo("http://app/b");
        webhooks.assertNoMoreRequests();
        assertThatThrownBy(webhooks::takeRequest).isInstanceOf(AssertionError.class);
    }

    @Test
    void assertNoMoreRequestsNamesTheExtraRequest() {
        webhooks.fetch(voice("http://app/extra"));

        assertThatThrownBy(webhooks::assertNoMoreRequests).hasMessageContaining("http://app/extra");
    }
}
