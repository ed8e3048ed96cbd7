package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.VoiceGrant;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.NewKey;
import com.twilio.type.Client;
import com.twilio.type.PhoneNumber;
import dev.switchboard.it.support.CallFixture;
import dev.switchboard.it.support.CallFixture.SignalHeartbeat;
import dev.switchboard.it.support.TestDevice;
import dev.switchboard.testing.webhook.RecordedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A device whose socket stays open but says nothing (a frozen page, a dead network path) against a
 * Switchboard whose heartbeat is 300 ms, so its silence limit is 1.3 s: the platform stops ringing it,
 * drops its socket with 4000, and calls to its identity end as for an unregistered one, while a device
 * that echoes the heartbeat stays registered.
 */
@SignalHeartbeat(millis = 300)
class SilentDeviceIT extends CallFixture {
    private static final Duration SILENCE_LIMIT = Duration.ofMillis(1300);
    private final List<TestDevice> devices = new ArrayList<>();
    private NewKey key;

    @BeforeEach
    void key() { key = NewKey.creator().setFriendlyName("devices").create(client); }

    @AfterEach
    void closeDevices() {
        http.postForm("/sandbox/Clock.json", "Hold=false");
        devices.forEach(TestDevice::close);
    }

    private TestDevice registered(String identity) {
        String token = new AccessToken.Builder(sb.accountSid, key.getSid(), key.getSecret().getBytes(StandardCharsets.UTF_8))
                .identity(identity).grant(new VoiceGrant().setIncomingAllow(true)).build().toJwt();
        TestDevice d = TestDevice.connect(sb.wsBase());
        devices.add(d);
        d.register(token);
        return d;
    }

    private int registeredDevices(String identity) { return sb.server().devices().devices(sb.accountSid, identity).size(); }

    @Test
    void aDeviceThatStopsEchoingTheHeartbeatIsUnregisteredAndDroppedWhileAnEchoingOneStays() {
        TestDevice alice = registered("alice");
        TestDevice bob = registered("bob");
        assertThat(registeredDevices("bob")).isEqualTo(1);

        bob.fallSilent();
        Awaitility.await().atMost(SILENCE_LIMIT.multipliedBy(3)).until(() -> registeredDevices("bob") == 0);
        assertThat(bob.awaitClosed()).as("close status").isEqualTo(4000);
        Awaitility.await().during(SILENCE_LIMIT.multipliedBy(3)).atMost(SILENCE_LIMIT.multipliedBy(4))
                .until(() -> registeredDevices("alice") == 1);

        // the clock is held: a device that is rung keeps the call ringing until it acts; nobody to ring ends it at once
        http.postForm("/sandbox/Clock.json", "Hold=true");
        app.enqueueTwiml("/voice", "<Response><Pause length=\"60\"/></Response>");
        Call toBob = Call.creator(new Client("client:bob"), new PhoneNumber("+15005550700"), URI.create(app.url("/voice")))
                .create(client);
        assertThat(awaitStatus(toBob.getSid(), Call.Status.NO_ANSWER).getStatus()).isEqualTo(Call.Status.NO_ANSWER);
        bob.assertNoMoreFrames(Duration.ofMillis(300));

        Call toAlice = Call.creator(new Client("client:alice"), new PhoneNumber("+15005550700"), URI.create(app.url("/voice")))
                .create(client);
        assertThat(alice.expect("invite").path("callsid").asText()).isEqualTo(toAlice.getSid());
        alice.sendCall("reject", toAlice.getSid());
        assertThat(awaitStatus(toAlice.getSid(), Call.Status.BUSY).getStatus()).isEqualTo(Call.Status.BUSY);
    }

    @Test
    void aDialClientToAnIdentityWhoseOnlyDeviceFellSilentEndsAtOnceAsForAnUnregisteredOne() {
        TestDevice bob = registered("bob");
        bob.fallSilent();
        Awaitility.await().atMost(SILENCE_LIMIT.multipliedBy(3)).until(() -> registeredDevices("bob") == 0);

        // the clock is held: a ring would wait on it until the test ends; only "nobody to ring" ends the Dial now
        http.postForm("/sandbox/Clock.json", "Hold=true");
        app.enqueueTwiml("/ivr", "<Response><Dial timeout=\"30\" action=\"/after\"><Client>bob</Client></Dial></Response>");
        app.enqueueTwiml("/after", "<Response><Hangup/></Response>");
        Call parent = Call.creator(new PhoneNumber("+15005550701"), new PhoneNumber("+15005550700"), URI.create(app.url("/ivr")))
                .create(client);
        assertThat(app.takeRequest(Duration.ofSeconds(10)).path()).isEqualTo("/ivr");
        RecordedRequest after = app.takeRequest(Duration.ofSeconds(5));
        assertThat(after.path()).isEqualTo("/after");
        assertThat(after.form().get("DialCallStatus")).contains("no-answer");
        assertThat(after.form().get("CallSid")).contains(parent.getSid());
        bob.assertNoMoreFrames(Duration.ofMillis(300));
    }
}
