package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.api.v2010.account.Call;
import dev.switchboard.client.CallEvent;
import dev.switchboard.client.ClientException;
import dev.switchboard.client.Device;
import dev.switchboard.client.DeviceState;
import dev.switchboard.client.IncomingCall;
import dev.switchboard.client.NetworkFaults;
import dev.switchboard.it.support.ClientSdkFixture;
import dev.switchboard.server.clients.SignalConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Token refresh in the Java SDK against a real Switchboard, with short-lived tokens minted by the
 * official twilio-java {@code AccessToken}: {@code onTokenWillExpire} fires 10 s before the ttl of the
 * server's {@code connected}, and {@code updateToken} keeps the device registered, placing and
 * receiving calls past the first token's expiry; without it a reconnect after the expiry is refused.
 */
class ClientSdkTokenIT extends ClientSdkFixture {

    private static long expiresAt(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1])).path("exp").asLong();
    }

    private List<SignalConnection> registered(String identity) { return sb.server().devices().devices(sb.accountSid, identity); }

    private static void awaitExpiry(long exp) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> System.currentTimeMillis() > exp * 1000 + 200);
    }

    @Test
    void tokenWillExpireFiresTenSecondsAheadAndUpdateTokenKeepsTheDeviceReachablePastTheExpiry() throws Exception {
        String first = tokenBuilder("agentBob", key.getSecret()).ttl(12).build().toJwt();
        long exp = expiresAt(first);
        Device bob = keep(Device.connect(URI.create(sb.wsBase()), first));
        LinkedBlockingQueue<Long> warnings = new LinkedBlockingQueue<>();
        bob.onTokenWillExpire(d -> warnings.add(System.currentTimeMillis()));
        LinkedBlockingQueue<ClientException> errors = new LinkedBlockingQueue<>();
        bob.onError(errors::add);
        LinkedBlockingQueue<DeviceState> states = new LinkedBlockingQueue<>();
        bob.onStateChange(states::add);
        LinkedBlockingQueue<IncomingCall> rings = rings(bob);
        assertThat(take(states)).isEqualTo(DeviceState.REGISTERED);

        long warnedAt = take(warnings);
        assertThat(warnedAt).isGreaterThanOrEqualTo(exp * 1000 - 10_000 - 50); // not at once: 10 s before the ttl runs out

        String fresh = tokenBuilder("agentBob", key.getSecret()).ttl(3600).build().toJwt();
        bob.updateToken(fresh);
        // the same socket now holds the fresh token on the server
        SignalConnection socket = registered("agentBob").getFirst();
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> socket.token().orElseThrow().expiresAt().getEpochSecond() == expiresAt(fresh));
        awaitExpiry(exp);

        // past the first token's expiry: an outgoing call on the same socket is accepted (with the first: 31205)
        http.postForm("/sandbox/Clock.json", "Hold=true");
        app.enqueueTwiml("/client-voice", "<Response><Say>welcome</Say><Pause length=\"600\"/></Response>");
        var out = bob.connect(Map.of("customerID", "42"));
        LinkedBlockingQueue<CallEvent> outEvents = new LinkedBlockingQueue<>();
        out.onEvent(outEvents::add);
        assertThat(take(outEvents).type()).isEqualTo(CallEvent.Type.RINGING);
        assertThat(take(outEvents).type()).isEqualTo(CallEvent.Type.ACCEPTED);
        out.hangup();
        awaitStatus(out.sid(), Call.Status.COMPLETED);

        // a reconnect listens again, with the fresh token, and the device is rung
        NetworkFaults.dropSocket(bob);
        assertThat(take(states)).isEqualTo(DeviceState.RECONNECTING);
        assertThat(take(states)).isEqualTo(DeviceState.REGISTERED);
        Call call = callClient("client:agentBob", "/voice");
        IncomingCall in = take(rings);
        assertThat(in.sid()).isEqualTo(call.getSid());
        in.reject();
        assertThat(awaitStatus(call.getSid(), Call.Status.BUSY).getStatus()).isEqualTo(Call.Status.BUSY);

        assertThat(errors).isEmpty();
        assertThat(warnings).isEmpty(); // the fresh token's warning is an hour away
    }

    @Test
    void withoutUpdateTokenAReconnectAfterExpiryIsRefusedAndALaterUpdateTokenBringsTheDeviceBack() throws Exception {
        String shortLived = tokenBuilder("agentBob", key.getSecret()).ttl(3).build().toJwt();
        long exp = expiresAt(shortLived);
        Device bob = keep(Device.connect(URI.create(sb.wsBase()), shortLived));
        LinkedBlockingQueue<ClientException> errors = new LinkedBlockingQueue<>();
        bob.onError(errors::add);
        LinkedBlockingQueue<DeviceState> states = new LinkedBlockingQueue<>();
        bob.onStateChange(states::add);
        assertThat(take(states)).isEqualTo(DeviceState.REGISTERED);
        awaitExpiry(exp);

        NetworkFaults.dropSocket(bob);
        assertThat(take(states)).isEqualTo(DeviceState.RECONNECTING);
        assertThat(take(errors).code()).isEqualTo(31205);
        assertThat(take(states)).isEqualTo(DeviceState.UNREGISTERED);
        assertThat(registered("agentBob")).isEmpty();
        assertThat(states.poll(500, TimeUnit.MILLISECONDS)).isNull(); // it stopped trying

        bob.updateToken(tokenBuilder("agentBob", key.getSecret()).ttl(3600).build().toJwt());
        assertThat(take(states)).isEqualTo(DeviceState.RECONNECTING);
        assertThat(take(states)).isEqualTo(DeviceState.REGISTERED);
        assertThat(registered("agentBob")).hasSize(1);
        assertThat(errors).isEmpty();
    }
}
