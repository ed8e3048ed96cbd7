package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.Client;
import com.twilio.type.PhoneNumber;
import dev.switchboard.client.CallEvent;
import dev.switchboard.client.Device;
import dev.switchboard.client.DeviceOptions;
import dev.switchboard.client.DeviceState;
import dev.switchboard.client.IncomingCall;
import dev.switchboard.client.NetworkFaults;
import dev.switchboard.it.support.CallFixture.ClientReconnectGrace;
import dev.switchboard.it.support.ClientSdkFixture;
import dev.switchboard.it.support.TcpRelay;
import dev.switchboard.testing.webhook.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The Java SDK's per-call reconnect deadline (1 s here, 30 s by default) against a real Switchboard
 * (grace period 3 s): a call stuck reconnecting because the server cannot be reached (the
 * {@link TcpRelay} in front of it refuses connections) ends on the device with {@code ERROR} and
 * {@code DISCONNECTED} 31005 while the device keeps retrying; a call reclaimed in time carries on past
 * the deadline.
 */
@ClientReconnectGrace(millis = 3000)
class ClientSdkReconnectDeadlineIT extends ClientSdkFixture {
    private static final DeviceOptions ONE_SECOND = DeviceOptions.defaults().withCallReconnectTimeout(Duration.ofSeconds(1));

    private IncomingCall answerNextCall(Device bob, LinkedBlockingQueue<CallEvent> events) throws Exception {
        LinkedBlockingQueue<IncomingCall> rings = rings(bob);
        http.postForm("/sandbox/Clock.json", "Hold=true");
        app.enqueueTwiml("/voice", "<Response><Gather numDigits=\"1\" action=\"/gathered\" timeout=\"600\"/></Response>");
        app.enqueueTwiml("/gathered", "<Response><Say>thanks</Say></Response>");
        Call.creator(new Client("client:agentBob"), new PhoneNumber("+15005550700"), URI.create(app.url("/voice"))).create(client);
        IncomingCall in = take(rings);
        in.onEvent(events::add);
        in.accept();
        assertThat(take(events).type()).isEqualTo(CallEvent.Type.ACCEPTED);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> NetworkFaults.canReconnect(in));
        assertThat(app.takeRequest(Duration.ofSeconds(10)).path()).isEqualTo("/voice");
        return in;
    }

    @Test
    void aCallStillReconnectingAtTheDeadlineEndsWith31005WhileTheServerIsUnreachable() throws Exception {
        try (TcpRelay network = TcpRelay.to(sb.port())) {
            Device bob = keep(Device.connect(URI.create(network.wsBase()), token("agentBob", key.getSecret()), ONE_SECOND));
            LinkedBlockingQueue<DeviceState> states = new LinkedBlockingQueue<>();
            bob.onStateChange(states::add);
            assertThat(take(states)).isEqualTo(DeviceState.REGISTERED);
            LinkedBlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();
            IncomingCall in = answerNextCall(bob, events);

            network.cut(); // the socket closes and every reconnect attempt is refused
            assertThat(take(states)).isEqualTo(DeviceState.RECONNECTING);
            assertThat(take(events).type()).isEqualTo(CallEvent.Type.RECONNECTING);
            CallEvent error = take(events); // still cut: only the device's own deadline can end the call
            assertThat(error.type()).isEqualTo(CallEvent.Type.ERROR);
            assertThat(error.errorCode()).isEqualTo(31005);
            CallEvent end = take(events);
            assertThat(end.type()).isEqualTo(CallEvent.Type.DISCONNECTED);
            assertThat(end.errorCode()).isEqualTo(31005);
            assertThat(in.isEnded()).isTrue();
            assertThat(bob.state()).isEqualTo(DeviceState.RECONNECTING); // the device itself keeps trying
            // the platform ends its side once its grace period passes
            assertThat(awaitStatus(in.sid(), Call.Status.COMPLETED).getStatus()).isEqualTo(Call.Status.COMPLETED);

            network.restore();
            assertThat(take(states)).isEqualTo(DeviceState.REGISTERED);
            assertThat(events.poll(500, TimeUnit.MILLISECONDS)).isNull(); // nothing more for the ended call
        }
    }

    @Test
    void aCallReclaimedBeforeTheDeadlineCarriesOnPastIt() throws Exception {
        Device bob = keep(Device.connect(URI.create(sb.wsBase()), token("agentBob", key.getSecret()), ONE_SECOND));
        LinkedBlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();
        IncomingCall in = answerNextCall(bob, events);

        NetworkFaults.dropSocket(bob);
        assertThat(take(events).type()).isEqualTo(CallEvent.Type.RECONNECTING);
        assertThat(take(events).type()).isEqualTo(CallEvent.Type.RECONNECTED);
        assertThat(events.poll(2500, TimeUnit.MILLISECONDS)).isNull(); // the deadline passed: it ended nothing

        in.sendDigits("9");
        RecordedRequest gathered = app.takeRequest(Duration.ofSeconds(10));
        assertThat(gathered.form().get("Digits")).contains("9");
        assertThat(gathered.form().get("CallSid")).contains(in.sid());
        http.postForm("/sandbox/Clock.json", "Hold=false");
        CallEvent end = take(events);
        assertThat(end.type()).isEqualTo(CallEvent.Type.DISCONNECTED);
        assertThat(end.errorCode()).isZero();
    }
}
