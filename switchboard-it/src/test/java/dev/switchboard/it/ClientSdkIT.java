package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.VoiceGrant;
import com.twilio.rest.api.v2010.account.Application;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.NewKey;
import com.twilio.type.Client;
import com.twilio.type.PhoneNumber;
import dev.switchboard.client.CallEvent;
import dev.switchboard.client.ClientException;
import dev.switchboard.client.Device;
import dev.switchboard.client.IncomingCall;
import dev.switchboard.it.support.CallFixture;
import dev.switchboard.testing.webhook.RecordedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Java client SDK ({@code switchboard-client-java}) against a real Switchboard. */
class ClientSdkIT extends CallFixture {
    private final List<Device> devices = new ArrayList<>();
    private NewKey key;
    private Application outgoingApp;

    @BeforeEach
    void keyAndApp() {
        key = NewKey.creator().setFriendlyName("sdk").create(client);
        outgoingApp = Application.creator().setFriendlyName("softphone").setVoiceUrl(URI.create(app.url("/client-voice")))
                .create(client);
    }

    @AfterEach
    void closeDevices() {
        http.postForm("/sandbox/Clock.json", "Hold=false");
        devices.forEach(Device::close);
    }

    private String token(String identity, String secret) {
        return new AccessToken.Builder(sb.accountSid, key.getSid(), secret.getBytes(StandardCharsets.UTF_8)).identity(identity)
                .grant(new VoiceGrant().setIncomingAllow(true).setOutgoingApplicationSid(outgoingApp.getSid()))
                .build().toJwt();
    }

    private Device device(String identity) {
        Device d = Device.connect(URI.create(sb.wsBase()), token(identity, key.getSecret()));
        devices.add(d);
        return d;
    }

    private static <T> T take(LinkedBlockingQueue<T> q) throws InterruptedException {
        T t = q.poll(10, TimeUnit.SECONDS);
        if (t == null) throw new AssertionError("nothing within 10 s");
        return t;
    }

    @Test
    void incomingCallCarriesCustomParametersAndTheFirstAcceptWins() throws Exception {
        Device phone = device("agentBob");
        Device laptop = device("agentBob");
        assertThat(phone.identity()).isEqualTo("agentBob");
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> sb.server().devices().size() >= 2);
        LinkedBlockingQueue<IncomingCall> phoneRings = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<IncomingCall> laptopRings = new LinkedBlockingQueue<>();
        phone.onIncoming(phoneRings::add);
        laptop.onIncoming(laptopRings::add);
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
    void platformHangupDisconnectsTheCall() throws Exception {
        Device alice = device("alice");
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> sb.server().devices().size() >= 1);
        LinkedBlockingQueue<IncomingCall> rings = new LinkedBlockingQueue<>();
        alice.onIncoming(rings::add);
        app.enqueueTwiml("/voice", "<Response><Say>short</Say></Response>");
        http.postForm("/sandbox/Clock.json", "Hold=true");
        Call call = Call.creator(new Client("client:alice"), new PhoneNumber("+15005550700"), URI.create(app.url("/voice")))
                .create(client);
        IncomingCall in = take(rings);
        LinkedBlockingQueue<CallEvent> events = new LinkedBlockingQueue<>();
        in.onEvent(events::add);
        in.accept();
        assertThat(take(events).type()).isEqualTo(CallEvent.Type.ACCEPTED);
        app.takeRequest(Duration.ofSeconds(10));
        http.postForm("/sandbox/Clock.json", "Hold=false");
        assertThat(take(events).type()).isEqualTo(CallEvent.Type.DISCONNECTED);
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
    void badTokenIsAClientExceptionWithTheSdkCode() {
        assertThatThrownBy(() -> Device.connect(URI.create(sb.wsBase()), token("mallory", "not-the-secret-but-long-enough-for-hs256")))
                .isInstanceOfSatisfying(ClientException.class, e -> assertThat(e.code()).isEqualTo(31202));
    }
}
