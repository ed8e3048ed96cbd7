package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.StatusCallbackTarget;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.CallStore;
import dev.switchboard.core.webhook.WebhookMethod;
import dev.switchboard.it.support.RunningSwitchboard;
import dev.switchboard.testing.store.CallFixtures;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedResponse;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window {@link CrashRecoveryIT} can only hit by luck, made certain: a call whose final status
 * is in the store but whose {@code completed} callback was never sent (the process stopped between
 * the two) gets it, signed, from the next start; one whose callback was sent gets nothing more.
 */
class OwedCallbackIT {
    @TempDir Path dir;

    @Test
    void theNextStartSendsTheCompletedCallbackAStoppedProcessOwed() throws Exception {
        String account = Sids.next(SidPrefix.ACCOUNT);
        String token = Sids.secret();
        try (ScriptedWebhookServer app = ScriptedWebhookServer.start()) {
            app.setDefault("/status", ScriptedResponse.status(204));
            StatusCallbackTarget target = new StatusCallbackTarget(app.url("/status"), WebhookMethod.POST, Set.of("completed"));
            Instant start = Instant.parse("2026-12-02T10:00:00Z");
            Call owed = answered(account, start);
            Call sent = answered(account, start);
            try (RunningSwitchboard first = new RunningSwitchboard(dir, account, token).start()) {
                CallStore calls = first.server().database().stores().calls();
                calls.create(owed, Optional.of(target));
                calls.create(sent, Optional.of(target));
                calls.update(owed.withEnded(CallStatus.COMPLETED, start.plusSeconds(7), 7, start.plusSeconds(7)));
                calls.update(sent.withEnded(CallStatus.COMPLETED, start.plusSeconds(3), 3, start.plusSeconds(3)));
                calls.finalCallbackSent(sent.sid());
            }
            assertThat(app.pollRequest(Duration.ofMillis(300))).as("nothing is sent by the first run").isEmpty();

            try (RunningSwitchboard second = new RunningSwitchboard(dir, account, token).start()) {
                RecordedRequest r = app.pollRequest(Duration.ofSeconds(10)).orElseThrow(() -> new AssertionError("no callback"));
                assertThat(r.form().get("CallSid")).contains(owed.sid());
                assertThat(r.form().get("CallStatus")).contains("completed");
                assertThat(r.form().get("CallDuration")).contains("7");
                assertThat(r.header("X-Twilio-Signature")).isPresent();
                assertThat(app.pollRequest(Duration.ofSeconds(1))).as("the sent one is not sent again").isEmpty();
                second.server().database().stores().barrier().await();
                assertThat(second.server().database().stores().calls().finalCallbackDue(10, Optional.empty())).isEmpty();
            }
            try (RunningSwitchboard third = new RunningSwitchboard(dir, account, token).start()) {
                assertThat(app.pollRequest(Duration.ofSeconds(1))).as("once sent, never again").isEmpty();
            }
        }
    }

    private static Call answered(String account, Instant start) {
        return CallFixtures.callAt(account, CallStatus.IN_PROGRESS, start, null);
    }
}
