package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.api.v2010.account.Call;
import dev.switchboard.client.CallEvent;
import dev.switchboard.client.Device;
import dev.switchboard.client.DeviceOptions;
import dev.switchboard.client.DeviceState;
import dev.switchboard.client.IncomingCall;
import dev.switchboard.client.NetworkFaults;
import dev.switchboard.it.support.CallFixture.SignalHeartbeat;
import dev.switchboard.it.support.ClientSdkFixture;
import dev.switchboard.it.support.TcpRelay;
import dev.switchboard.server.clients.SignalConnection;
import dev.switchboard.testing.webhook.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The Java SDK's silence watchdog against a real Switchboard whose heartbeat is shortened to 250 ms:
 * the heartbeats keep a device on its socket, and a socket that falls silent (the {@link TcpRelay}
 * stops carrying bytes but closes nothing, as a dead network path does) is dropped after the
 * device's silence limit (0.9 s here, 15 s by default) and replaced, its call reclaimed. The
 * device's limit is set below the server's own (1.25 s for this heartbeat), so the device notices first.
 */
@SignalHeartbeat(millis = 250)
class ClientSdkSilenceIT extends ClientSdkFixture {
    private static final DeviceOptions SHORT_SILENCE = DeviceOptions.defaults().withSilenceLimit(Duration.ofMillis(900));

    private List<SignalConnection> registered(String identity) { return sb.server().devices().devices(sb.accountSid, identity); }

    @Test
    void serverHeartbeatsKeepADeviceOnItsSocket() throws Exception {
        Device bob = keep(Device.connect(URI.create(sb.wsBase()), token("agentBob", key.getSecret()), SHORT_SILENCE));
        LinkedBlockingQueue<DeviceState> states = new LinkedBlockingQueue<>();
        bob.onStateChange(states::add);
        assertThat(take(states)).isEqualTo(DeviceState.REGISTERED);
        SignalConnection socket = registered("agentBob").getFirst();

        // five silence limits pass; every 250 ms a "\n" restarts the count
        assertThat(states.poll(4500, TimeUnit.MILLISECONDS)).isNull();
        assertThat(registered("agentBob")).containsExactly(socket);
        assertThat(socket.isOpen()).isTrue();
    }

    @Test
    void aSocketThatFallsSilentIsDroppedAndTheDeviceReconnectsAndReclaimsItsCall() throws Exception {
        try (TcpRelay network = TcpRelay.to(sb.port())) {
            Device bob = keep(Device.connect(URI.create(network.wsBase()), token("agentBob", key.getSecret()), SHORT_SILENCE));
            LinkedBlockingQueue<DeviceState> states = new LinkedBlockingQueue<>();
            bob.onStateChange(states::add);
            assertThat(take(states)).isEqualTo(DeviceState.REGISTERED);
            LinkedBlockingQueue<IncomingCall> rings = rings(bob);
            http.postForm("/sandbox/Clock.json", "Hold=true");
            app.enqueueTwiml("/voice", "<Response><Gather numDigits=\"1\" action=\"/gathered\" timeout=\"600\"/></Response>");
            app.enqueueTwiml("/gathered", "<Response><Say>thanks</Say></Response>");
            Call call = callClient("client:agentBob", "/voice");
            LinkedBlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();
            IncomingCall in = accept(rings, events);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> NetworkFaults.canReconnect(in));
            assertThat(app.takeRequest(Duration.ofSeconds(10)).path()).isEqualTo("/voice");
            SignalConnection before = registered("agentBob").getFirst();

            network.silence(); // nothing closes: only the watchdogs can notice, the device's first

            assertThat(take(states)).isEqualTo(DeviceState.RECONNECTING);
            CallEvent reconnecting = take(events);
            assertThat(reconnecting.type()).isEqualTo(CallEvent.Type.RECONNECTING);
            assertThat(reconnecting.errorCode()).isEqualTo(53001);
            assertThat(reconnecting.errorMessage()).contains("heartbeat timeout");
            assertThat(take(states)).isEqualTo(DeviceState.REGISTERED);
            assertThat(take(events).type()).isEqualTo(CallEvent.Type.RECONNECTED);
            Awaitility.await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(registered("agentBob")).hasSize(1).doesNotContain(before));

            in.sendDigits("4"); // the reclaimed call carries on: same CallSid, same Gather
            RecordedRequest gathered = app.takeRequest(Duration.ofSeconds(10));
            assertThat(gathered.path()).isEqualTo("/gathered");
            assertThat(gathered.form().get("Digits")).contains("4");
            assertThat(gathered.form().get("CallSid")).contains(call.getSid());
            http.postForm("/sandbox/Clock.json", "Hold=false");
            assertThat(take(events).type()).isEqualTo(CallEvent.Type.DISCONNECTED);
            assertThat(awaitStatus(call.getSid(), Call.Status.COMPLETED).getStatus()).isEqualTo(Call.Status.COMPLETED);
        }
    }
}
