package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import dev.switchboard.it.support.RunningSwitchboard;
import dev.switchboard.testing.webhook.ScriptedResponse;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --max-live-calls}: a create over the limit is refused with 20429 and leaves no record; room frees as calls end. */
class LiveCallLimitIT {
    @TempDir Path dir;

    @Test
    void aCreateOverTheLimitIsRefusedWith20429AndWritesNothing() {
        try (ScriptedWebhookServer app = ScriptedWebhookServer.start();
             RunningSwitchboard sb = new RunningSwitchboard(dir).maxLiveCalls(2).start()) {
            app.setDefault("/park", ScriptedResponse.twiml("<Response><Pause length=\"600\"/></Response>"));
            TwilioRestClient c = sb.client();
            String first = create(c, app).getSid();
            String second = create(c, app).getSid();

            assertThatThrownBy(() -> create(c, app)).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.getCode()).isEqualTo(20429);
                assertThat(e.getStatusCode()).isEqualTo(429);
                assertThat(e.getMessage()).contains("2 calls are live on this node");
            });
            assertThat(Call.reader().read(c)).extracting(Call::getSid).containsExactlyInAnyOrder(first, second);

            Call.updater(first).setStatus(Call.UpdateStatus.COMPLETED).update(c);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sb.server().liveCalls().size() < 2);
            assertThat(create(c, app).getStatus()).isIn(Call.Status.QUEUED, Call.Status.RINGING, Call.Status.IN_PROGRESS);
        }
    }

    private static Call create(TwilioRestClient c, ScriptedWebhookServer app) {
        return Call.creator(new PhoneNumber("+15005550101"), new PhoneNumber("+15005550100"), URI.create(app.url("/park")))
                .create(c);
    }
}
