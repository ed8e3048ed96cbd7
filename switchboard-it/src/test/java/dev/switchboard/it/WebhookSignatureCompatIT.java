package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import dev.switchboard.core.webhook.FormParam;
import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.core.webhook.WebhookMethod;
import dev.switchboard.core.webhook.WebhookRequest;
import dev.switchboard.core.webhook.WebhookResponse;
import dev.switchboard.server.webhook.HttpWebhookClient;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks sent by {@link HttpWebhookClient} pass the official twilio-java
 * {@link RequestValidator}, the check customers' Java apps run (spec §7).
 */
class WebhookSignatureCompatIT {
    private static final String TOKEN = "12345";
    private static final String TWIML = "<Response/>";
    private static final FormParams PARAMS = FormParams.of(
            "CallSid", "CA0123456789abcdef0123456789abcdef", "From", "+14155551234", "To", "+18005551212",
            "CallerName", "Zoë O'Brien", "SpeechResult", "yes & no");

    private final ScriptedWebhookServer app = ScriptedWebhookServer.start();
    private final HttpWebhookClient client = new HttpWebhookClient();
    private final RequestValidator validator = new RequestValidator(TOKEN);

    @AfterEach
    void close() {
        client.close();
        app.close();
    }

    @Test
    void aGetWebhookValidatesOverTheFullUrlItWasCalledAt() {
        app.enqueueTwiml("/voice", TWIML);

        fetch(app.url("/voice?customerId=42&x=a%20b#rt=5000"), WebhookMethod.GET);

        RecordedRequest get = app.takeRequest();
        assertThat(get.url()).contains("customerId=42&x=a%20b&CallSid=");
        assertThat(validator.validate(get.url(), Map.of(), get.signature().orElseThrow())).isTrue();
        assertThat(new RequestValidator("wrong").validate(get.url(), Map.of(), get.signature().orElseThrow())).isFalse();
    }

    @Test
    void aPostWebhookValidatesOverTheUrlAndItsFormParameters() {
        app.enqueueTwiml("/voice", TWIML);

        fetch(app.url("/voice?customerId=42#ct=1000"), WebhookMethod.POST);

        RecordedRequest post = app.takeRequest();
        assertThat(post.url()).isEqualTo(app.url("/voice?customerId=42"));
        Map<String, String> form = new LinkedHashMap<>();
        for (FormParam param : post.form().entries()) {
            form.put(param.name(), param.value());
        }
        assertThat(form).containsEntry("CallerName", "Zoë O'Brien");
        assertThat(validator.validate(post.url(), form, post.signature().orElseThrow())).isTrue();
        form.put("From", "+15555555555");
        assertThat(validator.validate(post.url(), form, post.signature().orElseThrow())).isFalse();
    }

    private void fetch(String url, WebhookMethod method) {
        assertThat(client.fetch(WebhookRequest.twiml(url, method, PARAMS, TOKEN))).isInstanceOf(WebhookResponse.class);
    }
}
