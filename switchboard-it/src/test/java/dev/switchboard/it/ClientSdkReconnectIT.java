package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.Client;
import com.twilio.type.PhoneNumber;
import dev.switchboard.client.CallEvent;
import dev.switchboard.client.Device;
import dev.switchboard.client.IncomingCall;
import dev.switchboard.client.NetworkFaults;
import dev.switchboard.it.support.CallFixture.ClientReconnectGrace;
import dev.switchboard.it.support.ClientSdkFixture;
import dev.switchboard.testing.webhook.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A call the Java SDK answered survives its socket dropping: the device reconnects and reclaims it
 * with the token of the server's {@code answer}, within the server's grace period (3 s here).
 * The drop is an abort of the socket without a close frame; the "network" can be held down.
 */
@ClientReconnectGrace(millis = 3000)
class ClientSdkReconnectIT extends ClientSdkFixture {

    private Call callTo(String identity, String twimlPath) {
        return Call.creator(new Client("client:" + identity), new PhoneNumber("+15005550700"), URI.create(app.url(twimlPath)))
                .setStatusCallback(URI.create(callbacks.url("/status")))
                .setStatusCallbackEvent(List.of("initiated", "ringing", "answered", "completed")).create(client);
    }

    /** Answers the next ring and waits for the reconnect token the server sends after the answer. */
    private IncomingCall answer(LinkedBlockingQueue<IncomingCall> rings, LinkedBlockingQueue<CallEvent> events) throws Exception {
        IncomingCall in = take(rings);
        in.onEvent(events::add);
        in.accept();
        assertThat(take(events).type()).isEqualTo(CallEvent.Type.ACCEPTED);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> NetworkFaults.canReconnect(in));
        return in;
    }

    private List<String> statusCallbacks(String callSid, int count) {
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RecordedRequest r = callbacks.takeRequest(Duration.ofSeconds(10));
            assertThat(r.form().get("CallSid")).contains(callSid);
            statuses.add(r.form().get("CallStatus").orElse(""));
        }
        return statuses;
    }

    @Test
    void anAnsweredCallSurvivesADroppedSocketAndDigitsSentMeanwhileArriveAfterTheReclaim() throws Exception {
        Device bob = device("agentBob");
        LinkedBlockingQueue<IncomingCall> rings = rings(bob);
        http.postForm("/sandbox/Clock.json", "Hold=true");
        app.enqueueTwiml("/voice", "<Response><Gather numDigits=\"1\" action=\"/gathered\" timeout=\"600\"/></Response>");
        app.enqueueTwiml("/gathered", "<Response><Say>thanks</Say></Response>");
        Call call = callTo("agentBob", "/voice");
        LinkedBlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();
        IncomingCall in = answer(rings, events);
        assertThat(app.takeRequest(Duration.ofSeconds(10)).path()).isEqualTo("/voice");

        NetworkFaults.keepDown(bob);
        NetworkFaults.dropSocket(bob);
        CallEvent reconnecting = take(events);
        assertThat(reconnecting.type()).isEqualTo(CallEvent.Type.RECONNECTING);
        assertThat(reconnecting.errorCode()).isEqualTo(53001);
        assertThat(in.isReconnecting()).isTrue();
        in.sendDigits("7"); // no socket now: sent after the call is reclaimed
        NetworkFaults.restore(bob);

        assertThat(take(events).type()).isEqualTo(CallEvent.Type.RECONNECTED);
        RecordedRequest gathered = app.takeRequest(Duration.ofSeconds(10));
        assertThat(gathered.path()).isEqualTo("/gathered");
        assertThat(gathered.form().get("Digits")).contains("7");
        assertThat(gathered.form().get("CallSid")).contains(call.getSid());
        http.postForm("/sandbox/Clock.json", "Hold=false"); // "thanks", then the platform hangs up

        CallEvent end = take(events);
        assertThat(end.type()).isEqualTo(CallEvent.Type.DISCONNECTED);
        assertThat(end.errorCode()).isZero();
        assertThat(awaitStatus(call.getSid(), Call.Status.COMPLETED).getStatus()).isEqualTo(Call.Status.COMPLETED);
        assertThat(statusCallbacks(call.getSid(), 4)).containsExactly("initiated", "ringing", "in-progress", "completed");
        assertThat(events.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aNetworkDownPastTheGracePeriodEndsTheCallAndTheLateReclaimIsAnError() throws Exception {
        Device bob = device("agentBob");
        LinkedBlockingQueue<IncomingCall> rings = rings(bob);
        http.postForm("/sandbox/Clock.json", "Hold=true");
        app.enqueueTwiml("/voice", "<Response><Gather numDigits=\"1\" timeout=\"600\"/></Response>");
        Call call = callTo("agentBob", "/voice");
        LinkedBlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();
        IncomingCall in = answer(rings, events);

        NetworkFaults.keepDown(bob);
        NetworkFaults.dropSocket(bob);
        assertThat(take(events).type()).isEqualTo(CallEvent.Type.RECONNECTING);
        // the platform waits out the grace period, then ends the call as hung up by the far end
        assertThat(awaitStatus(call.getSid(), Call.Status.COMPLETED).getStatus()).isEqualTo(Call.Status.COMPLETED);
        assertThat(statusCallbacks(call.getSid(), 4)).containsExactly("initiated", "ringing", "in-progress", "completed");
        assertThat(events).isEmpty();
        assertThat(in.isReconnecting()).isTrue();

        NetworkFaults.restore(bob);
        CallEvent error = take(events);
        assertThat(error.type()).isEqualTo(CallEvent.Type.ERROR);
        assertThat(error.errorCode()).isEqualTo(31005);
        CallEvent end = take(events);
        assertThat(end.type()).isEqualTo(CallEvent.Type.DISCONNECTED);
        assertThat(end.errorCode()).isEqualTo(31005);
        assertThat(in.isEnded()).isTrue();

        // the device itself is back and registered: it is rung again
        Call next = callTo("agentBob", "/voice");
        IncomingCall again = take(rings);
        assertThat(again.sid()).isEqualTo(next.getSid());
        again.reject();
        assertThat(awaitStatus(next.getSid(), Call.Status.BUSY).getStatus()).isEqualTo(Call.Status.BUSY);
    }
}
