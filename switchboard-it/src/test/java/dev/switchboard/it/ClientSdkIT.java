package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Conference;
import com.twilio.rest.api.v2010.account.conference.Participant;
import com.twilio.type.Client;
import com.twilio.type.PhoneNumber;
import dev.switchboard.client.CallEvent;
import dev.switchboard.client.ClientException;
import dev.switchboard.client.Device;
import dev.switchboard.client.IncomingCall;
import dev.switchboard.it.support.ClientSdkFixture;
import dev.switchboard.testing.webhook.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The Java client SDK ({@code switchboard-client-java}) against a real Switchboard: the issue's
 * custom-parameter examples end to end, answering and placing calls, and errors.
 */
class ClientSdkIT extends ClientSdkFixture {

    @Test
    void incomingCallCarriesCustomParametersAndTheFirstAcceptWins() throws Exception {
        Device phone = device("agentBob");
        Device laptop = device("agentBob");
        assertThat(phone.identity()).isEqualTo("agentBob");
        LinkedBlockingQueue<IncomingCall> phoneRings = rings(phone);
        LinkedBlockingQueue<IncomingCall> laptopRings = rings(laptop);
        http.postForm("/sandbox/Clock.json", "Hold=true");
        app.enqueueTwiml("/voice", "<Response><Say>hello agent</Say><Pause length=\"600\"/></Response>");
        Call call = Call.creator(new Client("client:agentBob?displayName=Alice&customerID=375d1d60-083b-404d"),
                new PhoneNumber("+15005550700"), URI.create(app.url("/voice"))).create(client);

        IncomingCall incoming = take(phoneRings);
        IncomingCall other = take(laptopRings);
        assertThat(incoming.sid()).isEqualTo(call.getSid());
        assertThat(incoming.customParameters())
                .containsExactly(Map.entry("displayName", "Alice"), Map.entry("customerID", "375d1d60-083b-404d"));
        assertThat(incoming.parameters()).containsEntry("From", "+15005550700").containsEntry("To", "client:agentBob")
                .containsEntry("CallSid", call.getSid());
        LinkedBlockingQueue<CallEvent> otherEvents = new LinkedBlockingQueue<>();
        other.onEvent(otherEvents::add);

        var accepted = incoming.accept();
        assertThat(take(otherEvents).type()).isEqualTo(CallEvent.Type.CANCELLED);
        RecordedRequest voice = app.takeRequest(Duration.ofSeconds(10));
        assertThat(voice.form().get("CallStatus")).contains("in-progress");
        awaitStatus(call.getSid(), Call.Status.IN_PROGRESS);
        accepted.sendDigits("1");
        accepted.hangup();
        assertThat(awaitStatus(call.getSid(), Call.Status.COMPLETED).getStatus()).isEqualTo(Call.Status.COMPLETED);
    }

    @Test
    void dialClientIdentityAndParameterNounsReachTheDevice() throws Exception {
        Device alice = device("alice");
        LinkedBlockingQueue<IncomingCall> rings = rings(alice);
        app.enqueueTwiml("/ivr", "<Response><Dial action=\"/after\"><Client><Identity>alice</Identity>"
                + "<Parameter name=\"displayName\" value=\"Bob Smith\"/><Parameter name=\"customerID\" value=\"375d1d60-083b-404d\"/>"
                + "</Client></Dial></Response>");
        app.enqueueTwiml("/after", "<Response><Hangup/></Response>");
        http.postForm("/sandbox/Clock.json", "Hold=true");
        Call parent = Call.creator(new PhoneNumber("+15005550701"), new PhoneNumber("+15005550700"), URI.create(app.url("/ivr")))
                .create(client);

        IncomingCall in = take(rings);
        assertThat(in.customParameters())
                .containsExactly(Map.entry("displayName", "Bob Smith"), Map.entry("customerID", "375d1d60-083b-404d"));
        assertThat(in.parameters()).containsEntry("From", "+15005550700").containsEntry("To", "client:alice");
        assertThat(in.sid()).startsWith("CA").isNotEqualTo(parent.getSid());
        LinkedBlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();
        in.onEvent(events::add);
        in.accept();
        assertThat(take(events).type()).isEqualTo(CallEvent.Type.ACCEPTED);
        in.hangup();
        app.takeRequest(Duration.ofSeconds(10)); // /ivr
        RecordedRequest after = app.takeRequest(Duration.ofSeconds(10));
        assertThat(after.path()).isEqualTo("/after");
        assertThat(after.form().get("DialCallStatus")).contains("completed");
        assertThat(after.form().get("DialCallSid")).contains(in.sid());
        http.postForm("/sandbox/Clock.json", "Hold=false");
        awaitStatus(parent.getSid(), Call.Status.COMPLETED);
    }

    @Test
    void platformHangupDisconnectsTheCall() throws Exception {
        Device alice = device("alice");
        LinkedBlockingQueue<IncomingCall> rings = rings(alice);
        app.enqueueTwiml("/voice", "<Response><Say>short</Say></Response>");
        http.postForm("/sandbox/Clock.json", "Hold=true");
        Call call = callClient("client:alice", "/voice");
        LinkedBlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();
        IncomingCall in = accept(rings, events);
        app.takeRequest(Duration.ofSeconds(10));
        http.postForm("/sandbox/Clock.json", "Hold=false");
        CallEvent end = take(events);
        assertThat(end.type()).isEqualTo(CallEvent.Type.DISCONNECTED);
        assertThat(end.errorCode()).isZero();
        awaitStatus(call.getSid(), Call.Status.COMPLETED);
    }

    @Test
    void outgoingCallSendsParamsToTheTwimlApp() throws Exception {
        Device d = device("agentBob");
        app.enqueueTwiml("/client-voice", "<Response><Say>welcome</Say><Pause length=\"600\"/></Response>");
        http.postForm("/sandbox/Clock.json", "Hold=true");
        var call = d.connect(Map.of("customerID", "42", "selectedProductID", "87144192"));
        LinkedBlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();
        call.onEvent(events::add);
        CallEvent ringing = take(events);
        assertThat(ringing.type()).isEqualTo(CallEvent.Type.RINGING);
        assertThat(ringing.callSid()).startsWith("CA");
        assertThat(call.sid()).isEqualTo(ringing.callSid());
        RecordedRequest voice = app.takeRequest(Duration.ofSeconds(10));
        assertThat(voice.form().get("From")).contains("client:agentBob");
        assertThat(voice.form().get("customerID")).contains("42");
        assertThat(voice.form().get("selectedProductID")).contains("87144192");
        assertThat(take(events).type()).isEqualTo(CallEvent.Type.ACCEPTED);
        call.hangup();
        awaitStatus(call.sid(), Call.Status.COMPLETED);
    }

    @Test
    void aConferenceParticipantForAClientRingsTheDeviceWithItsParametersAndJoinsWithItsLabel() throws Exception {
        Device bob = device("agentBob");
        LinkedBlockingQueue<IncomingCall> rings = rings(bob);
        app.enqueueTwiml("/host", "<Response><Dial><Conference>support-room</Conference></Dial></Response>");
        http.postForm("/sandbox/Clock.json", "Hold=true");
        Call host = Call.creator(new PhoneNumber("+15005550421"), new PhoneNumber("+15005550400"), URI.create(app.url("/host")))
                .create(client);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !list(Conference.reader().setFriendlyName("support-room")
                .setStatus(Conference.Status.IN_PROGRESS).read(client)).isEmpty());
        String cf = list(Conference.reader().setFriendlyName("support-room").read(client)).get(0).getSid();

        Participant created = Participant.creator(cf, new PhoneNumber("+15005550400"),
                new Client("client:agentBob?displayName=Alice&customerID=375d1d60-083b-404d")).setLabel("customer-alice").create(client);
        assertThat(created.getLabel()).isEqualTo("customer-alice");
        IncomingCall in = take(rings);
        assertThat(in.sid()).isEqualTo(created.getCallSid());
        assertThat(in.customParameters())
                .containsExactly(Map.entry("displayName", "Alice"), Map.entry("customerID", "375d1d60-083b-404d"));
        assertThat(in.parameters()).containsEntry("From", "+15005550400").containsEntry("To", "client:agentBob");
        LinkedBlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();
        in.onEvent(events::add);
        in.accept();
        assertThat(take(events).type()).isEqualTo(CallEvent.Type.ACCEPTED);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Participant.fetcher(cf, "customer-alice").fetch(client)
                .getStatus() == Participant.Status.CONNECTED);
        List<Participant> members = list(Participant.reader(cf).read(client));
        assertThat(members).extracting(Participant::getCallSid).containsExactly(host.getSid(), in.sid());
        assertThat(members.get(1).getLabel()).isEqualTo("customer-alice");

        Conference.updater(cf).setStatus(Conference.UpdateStatus.COMPLETED).update(client);
        assertThat(take(events).type()).isEqualTo(CallEvent.Type.DISCONNECTED);
        http.postForm("/sandbox/Clock.json", "Hold=false");
        awaitStatus(in.sid(), Call.Status.COMPLETED);
        awaitStatus(host.getSid(), Call.Status.COMPLETED);
    }

    @Test
    void aTokenThatExpiresWhileConnectedReachesTheDeviceErrorListenerAndTheDeviceStopsReconnecting() throws Exception {
        String shortLived = tokenBuilder("temp", key.getSecret()).ttl(3).build().toJwt();
        long exp = JSON.readTree(Base64.getUrlDecoder().decode(shortLived.split("\\.")[1])).path("exp").asLong();
        Device d = keep(Device.connect(URI.create(sb.wsBase()), shortLived));
        LinkedBlockingQueue<ClientException> errors = new LinkedBlockingQueue<>();
        d.onError(errors::add);
        assertThat(sb.server().devices().devices(sb.accountSid, "temp")).hasSize(1);
        Awaitility.await().atMost(Duration.ofSeconds(6)).until(() -> System.currentTimeMillis() > exp * 1000 + 100);

        var call = d.connect(Map.of("customerID", "42")); // the server checks the token again: expired
        LinkedBlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();
        call.onEvent(events::add);
        ClientException expired = take(errors);
        assertThat(expired.code()).isEqualTo(31205);
        CallEvent end = take(events);
        assertThat(end.type()).isEqualTo(CallEvent.Type.DISCONNECTED);
        assertThat(end.errorCode()).isEqualTo(31005);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> sb.server().devices().devices(sb.accountSid, "temp").isEmpty());
        assertThatThrownBy(() -> d.connect(Map.of())).isInstanceOfSatisfying(ClientException.class,
                e -> assertThat(e.code()).isEqualTo(31009));
        assertThat(errors.poll(300, java.util.concurrent.TimeUnit.MILLISECONDS)).isNull(); // no reconnect, so no second refusal
    }

    @Test
    void badTokenIsAClientExceptionWithTheSdkCode() {
        assertThatThrownBy(() -> Device.connect(URI.create(sb.wsBase()), token("mallory", "not-the-secret-but-long-enough-for-hs256")))
                .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code()).isEqualTo(31202));
    }

    private static <T extends com.twilio.base.Resource> List<T> list(com.twilio.base.ResourceSet<T> set) {
        return StreamSupport.stream(set.spliterator(), false).toList();
    }
}
