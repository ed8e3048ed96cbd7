package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.Client;
import com.twilio.type.PhoneNumber;
import dev.switchboard.client.Device;
import dev.switchboard.client.DeviceState;
import dev.switchboard.client.NetworkFaults;
import dev.switchboard.it.support.ClientSdkFixture;
import dev.switchboard.server.clients.SignalConnection;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The Java SDK's device states against a real Switchboard, in order, each checked against what the
 * server holds: REGISTERED, UNREGISTERED, RECONNECTING, DESTROYED.
 */
class ClientSdkDeviceStateIT extends ClientSdkFixture {

    private List<SignalConnection> registered(String identity) { return sb.server().devices().devices(sb.accountSid, identity); }

    private Call.Status ring(String identity) {
        Call call = Call.creator(new Client("client:" + identity), new PhoneNumber("+15005550700"), URI.create(app.url("/voice")))
                .create(client);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            Call.Status s = Call.fetcher(call.getSid()).fetch(client).getStatus();
            return s != Call.Status.QUEUED && s != Call.Status.RINGING;
        });
        return Call.fetcher(call.getSid()).fetch(client).getStatus();
    }

    @Test
    void statesFollowRegistrationALostSocketAndClose() throws Exception {
        Device bob = device("agentBob");
        LinkedBlockingQueue<DeviceState> states = new LinkedBlockingQueue<>();
        bob.onStateChange(states::add);
        assertThat(take(states)).isEqualTo(DeviceState.REGISTERED);
        assertThat(registered("agentBob")).hasSize(1);

        bob.unregister();
        assertThat(take(states)).isEqualTo(DeviceState.UNREGISTERED);
        assertThat(registered("agentBob")).isEmpty();
        assertThat(ring("agentBob")).isEqualTo(Call.Status.NO_ANSWER); // nobody registered: not rung

        bob.register();
        assertThat(take(states)).isEqualTo(DeviceState.REGISTERED);
        assertThat(registered("agentBob")).hasSize(1);

        NetworkFaults.keepDown(bob);
        NetworkFaults.dropSocket(bob);
        assertThat(take(states)).isEqualTo(DeviceState.RECONNECTING);
        assertThat(bob.state()).isEqualTo(DeviceState.RECONNECTING);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> registered("agentBob").isEmpty());
        NetworkFaults.restore(bob);
        assertThat(take(states)).isEqualTo(DeviceState.REGISTERED);
        assertThat(registered("agentBob")).hasSize(1);

        bob.close();
        assertThat(take(states)).isEqualTo(DeviceState.DESTROYED);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> registered("agentBob").isEmpty());
        assertThat(states.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void anUnregisteredDeviceReconnectsUnregistered() throws Exception {
        Device bob = device("agentBob");
        LinkedBlockingQueue<DeviceState> states = new LinkedBlockingQueue<>();
        bob.onStateChange(states::add);
        assertThat(take(states)).isEqualTo(DeviceState.REGISTERED);
        bob.unregister();
        assertThat(take(states)).isEqualTo(DeviceState.UNREGISTERED);

        NetworkFaults.dropSocket(bob);
        assertThat(take(states)).isEqualTo(DeviceState.RECONNECTING);
        assertThat(take(states)).isEqualTo(DeviceState.UNREGISTERED);
        assertThat(registered("agentBob")).isEmpty();
        assertThat(ring("agentBob")).isEqualTo(Call.Status.NO_ANSWER);
    }
}
