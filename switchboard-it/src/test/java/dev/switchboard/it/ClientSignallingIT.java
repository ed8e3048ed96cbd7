package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.VoiceGrant;
import com.twilio.rest.api.v2010.account.Application;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.NewKey;
import com.twilio.type.Client;
import com.twilio.type.PhoneNumber;
import dev.switchboard.core.context.InviteParams;
import dev.switchboard.it.support.CallFixture;
import dev.switchboard.it.support.TestDevice;
import dev.switchboard.testing.webhook.RecordedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Voice SDK devices over the {@code /signal} WebSocket, driven by a scripted device that speaks
 * the SDK's frames; tokens minted by the official twilio-java {@code AccessToken}.
 */
class ClientSignallingIT extends CallFixture {
    private final List<TestDevice> devices = new ArrayList<>();
    private NewKey key;
    private Application outgoingApp;

    @BeforeEach
    void keyAndApp() {
        key = NewKey.creator().setFriendlyName("devices").create(client);
        outgoingApp = Application.creator().setFriendlyName("softphone").setVoiceUrl(URI.create(app.url("/client-voice")))
                .create(client);
    }

    @AfterEach
    void closeDevices() {
        http.postForm("/sandbox/Clock.json", "Hold=false");
        devices.forEach(TestDevice::close);
    }

    private String token(String identity) {
        return new AccessToken.Builder(sb.accountSid, key.getSid(), key.getSecret().getBytes(java.nio.charset.StandardCharsets.UTF_8)).identity(identity)
                .grant(new VoiceGrant().setIncomingAllow(true).setOutgoingApplicationSid(outgoingApp.getSid()))
                .build().toJwt();
    }

    private TestDevice device() {
        TestDevice d = TestDevice.connect(sb.wsBase());
        devices.add(d);
        return d;
    }

    private TestDevice registered(String identity) {
        TestDevice d = device();
        JsonNode connected = d.register(token(identity));
        assertThat(connected.path("token").path("identity").asText()).isEqualTo(identity);
        return d;
    }

    /** Holds the clock and places a call from a simulated caller whose TwiML is what {@code /ivr} was given. */
    private Call callerDialing() {
        http.postForm("/sandbox/Clock.json", "Hold=true");
        return Call.creator(new PhoneNumber("+15005550701"), new PhoneNumber("+15005550700"), URI.create(app.url("/ivr")))
                .create(client);
    }

    private void awaitRegistered(int count) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> sb.server().devices().size() >= count);
    }

    @Test
    void restCallToAClientRingsEveryDeviceWithTheParamsAndTheFirstAnswerWins() {
        TestDevice phone = registered("agentBob");
        TestDevice laptop = registered("agentBob");
        awaitRegistered(2);
        http.postForm("/sandbox/Clock.json", "Hold=true"); // ring and the Pause wait while the devices act
        app.enqueueTwiml("/voice", "<Response><Say>hello agent</Say><Pause length=\"600\"/></Response>");
        Call call = Call.creator(new Client("client:agentBob?displayName=Alice&customerID=375d1d60-083b-404d"),
                new PhoneNumber("+15005550700"), URI.create(app.url("/voice"))).create(client);

        JsonNode invite = phone.expect("invite");
        JsonNode other = laptop.expect("invite");
        assertThat(invite.path("callsid").asText()).isEqualTo(call.getSid());
        assertThat(invite.path("sdp").asText()).startsWith("v=0");
        JsonNode params = invite.path("parameters");
        assertThat(params.path("CallSid").asText()).isEqualTo(call.getSid());
        assertThat(params.path("AccountSid").asText()).isEqualTo(sb.accountSid);
        assertThat(params.path("From").asText()).isEqualTo("+15005550700");
        assertThat(params.path("To").asText()).isEqualTo("client:agentBob");
        assertThat(InviteParams.decodeAsVoiceJs(params.path("Params").asText()))
                .containsExactly(Map.entry("displayName", "Alice"), Map.entry("customerID", "375d1d60-083b-404d"));
        assertThat(other.path("callsid").asText()).isEqualTo(call.getSid());

        phone.sendCall("answer", call.getSid());
        assertThat(laptop.expect("cancel").path("callsid").asText()).isEqualTo(call.getSid());
        JsonNode answer = phone.expect("answer"); // the winner's reconnect token
        assertThat(answer.path("callsid").asText()).isEqualTo(call.getSid());
        assertThat(answer.path("reconnect").asText()).isNotEmpty();
        assertThat(answer.has("sdp")).isFalse();
        laptop.assertNoMoreFrames(Duration.ofMillis(100));
        RecordedRequest voice = app.takeRequest(Duration.ofSeconds(10));
        assertThat(voice.form().get("To")).contains("client:agentBob");
        assertThat(voice.form().get("CallStatus")).contains("in-progress");
        awaitStatus(call.getSid(), Call.Status.IN_PROGRESS);

        phone.send("dtmf", "{\"callsid\":\"" + call.getSid() + "\",\"dtmf\":\"1\"}");
        phone.sendCall("hangup", call.getSid());
        // time stays held: the device's hang-up alone ends the call, before the Pause could
        assertThat(awaitStatus(call.getSid(), Call.Status.COMPLETED).getStatus()).isEqualTo(Call.Status.COMPLETED);
        phone.assertNoMoreFrames(Duration.ofMillis(200)); // the device's own hang-up is not echoed
    }

    @Test
    void platformHangupReachesTheDevice() {
        TestDevice phone = registered("alice");
        awaitRegistered(1);
        app.enqueueTwiml("/voice", "<Response><Say>short</Say></Response>");
        http.postForm("/sandbox/Clock.json", "Hold=true");
        Call call = Call.creator(new Client("client:alice"), new PhoneNumber("+15005550700"), URI.create(app.url("/voice")))
                .create(client);
        phone.expect("invite");
        phone.sendCall("answer", call.getSid());
        phone.expect("answer");
        app.takeRequest(Duration.ofSeconds(10));
        http.postForm("/sandbox/Clock.json", "Hold=false");
        assertThat(phone.expect("hangup").path("callsid").asText()).isEqualTo(call.getSid());
        awaitStatus(call.getSid(), Call.Status.COMPLETED);
    }

    @Test
    void dialClientCarriesItsParametersToTheDevice() {
        TestDevice alice = registered("alice");
        awaitRegistered(1);
        sb.server().database(); // the number the sandbox caller reaches
        app.enqueueTwiml("/ivr", "<Response><Dial action=\"/after\"><Client><Identity>alice</Identity>"
                + "<Parameter name=\"foo\" value=\"bar\"/></Client></Dial></Response>");
        app.enqueueTwiml("/after", "<Response><Hangup/></Response>");
        Call parent = callerDialing();
        JsonNode invite = alice.expect("invite");
        assertThat(InviteParams.decodeAsVoiceJs(invite.path("parameters").path("Params").asText())).containsEntry("foo", "bar");
        assertThat(invite.path("parameters").path("From").asText()).isEqualTo("+15005550700");
        alice.sendCall("reject", invite.path("callsid").asText());
        RecordedRequest after = null;
        app.takeRequest(Duration.ofSeconds(10));
        after = app.takeRequest(Duration.ofSeconds(10));
        assertThat(after.form().get("DialCallStatus")).contains("busy");
        http.postForm("/sandbox/Clock.json", "Hold=false");
        awaitStatus(parent.getSid(), Call.Status.COMPLETED);
    }

    @Test
    void aDeviceThatAnsweredTakesTheCallBackOnANewSocketWithItsReconnectToken() {
        TestDevice phone = registered("agentBob");
        awaitRegistered(1);
        http.postForm("/sandbox/Clock.json", "Hold=true");
        app.enqueueTwiml("/voice", "<Response><Gather numDigits=\"1\" action=\"/gathered\" timeout=\"600\"/></Response>");
        app.enqueueTwiml("/gathered", "<Response><Hangup/></Response>");
        Call call = Call.creator(new Client("client:agentBob"), new PhoneNumber("+15005550700"), URI.create(app.url("/voice")))
                .create(client);
        phone.expect("invite");
        phone.sendCall("answer", call.getSid());
        String token = phone.expect("answer").path("reconnect").asText();
        app.takeRequest(Duration.ofSeconds(10));
        phone.abort(); // no close frame: a lost network

        String reclaim = "{\"callsid\":\"" + call.getSid() + "\",\"sdp\":\"v=0\\r\\n\",\"reconnect\":\"" + token
                + "\",\"twilio\":{}}";
        TestDevice thief = registered("mallory");
        thief.send("invite", reclaim);
        JsonNode refused = thief.expect("hangup");
        assertThat(refused.path("callsid").asText()).isEqualTo(call.getSid());
        assertThat(refused.path("error").path("code").asInt()).isEqualTo(31005);

        TestDevice back = registered("agentBob");
        back.send("invite", reclaim);
        JsonNode answer = back.expect("answer");
        assertThat(answer.path("callsid").asText()).isEqualTo(call.getSid());
        assertThat(answer.path("reconnect").asText()).isEqualTo(token);
        assertThat(answer.has("sdp")).isFalse();
        back.send("dtmf", "{\"callsid\":\"" + call.getSid() + "\",\"dtmf\":\"7\"}");
        assertThat(app.takeRequest(Duration.ofSeconds(10)).form().get("Digits")).contains("7");
        assertThat(back.expect("hangup").path("callsid").asText()).isEqualTo(call.getSid());
        assertThat(awaitStatus(call.getSid(), Call.Status.COMPLETED).getStatus()).isEqualTo(Call.Status.COMPLETED);
    }

    @Test
    void callerHangingUpWhileTheClientRingsCancelsTheDevice() {
        TestDevice alice = registered("alice");
        awaitRegistered(1);
        app.enqueueTwiml("/ivr", "<Response><Dial action=\"/after\" timeout=\"30\"><Client>alice</Client></Dial></Response>");
        app.enqueueTwiml("/after", "<Response><Say>ignored: the caller is gone</Say></Response>");
        Call parent = callerDialing();
        String childSid = alice.expect("invite").path("callsid").asText();
        app.takeRequest(Duration.ofSeconds(10));

        var hangup = http.postForm("/sandbox/Calls/" + parent.getSid() + "/Hangup.json", "");
        assertThat(hangup.statusCode()).as(hangup.body()).isEqualTo(200);
        assertThat(alice.expect("cancel").path("callsid").asText()).isEqualTo(childSid);
        RecordedRequest after = app.takeRequest(Duration.ofSeconds(10));
        assertThat(after.form().get("DialCallStatus")).contains("canceled");
        assertThat(after.form().get("CallStatus")).contains("completed");
        http.postForm("/sandbox/Clock.json", "Hold=false");
        assertThat(awaitStatus(childSid, Call.Status.CANCELED).getParentCallSid()).isEqualTo(parent.getSid());
        awaitStatus(parent.getSid(), Call.Status.COMPLETED);
        assertThat(said(parent.getSid())).isEmpty();
    }

    @Test
    void clientUrlWhispersToTheAgentWhoAcceptsWithADigit() {
        TestDevice alice = registered("alice");
        awaitRegistered(1);
        app.enqueueTwiml("/ivr", "<Response><Dial action=\"/after\"><Client url=\"/whisper\" method=\"GET\">"
                + "<Identity>alice</Identity><Parameter name=\"customerID\" value=\"42\"/></Client></Dial></Response>");
        app.enqueueTwiml("/whisper", "<Response><Gather numDigits=\"1\" action=\"/accepted\" timeout=\"10\">"
                + "<Say>Customer 42. Press 1 to take the call.</Say></Gather><Hangup/></Response>");
        app.enqueueTwiml("/accepted", "<Response/>");
        app.enqueueTwiml("/after", "<Response><Hangup/></Response>");
        Call parent = callerDialing();
        String childSid = alice.expect("invite").path("callsid").asText();
        app.takeRequest(Duration.ofSeconds(10));
        alice.sendCall("answer", childSid);

        RecordedRequest whisper = app.takeRequest(Duration.ofSeconds(10));
        assertThat(whisper.method()).isEqualTo("GET");
        assertThat(whisper.query().get("CallSid")).contains(childSid);
        assertThat(whisper.query().get("To")).contains("client:alice");
        assertThat(whisper.query().get("ParentCallSid")).contains(parent.getSid());
        alice.send("dtmf", "{\"callsid\":\"" + childSid + "\",\"dtmf\":\"1\"}");
        assertThat(app.takeRequest(Duration.ofSeconds(10)).form().get("Digits")).contains("1");
        awaitStatus(childSid, Call.Status.IN_PROGRESS);

        alice.sendCall("hangup", childSid); // the agent ends the bridged call
        RecordedRequest after = app.takeRequest(Duration.ofSeconds(10));
        assertThat(after.form().get("DialCallStatus")).contains("completed");
        assertThat(after.form().get("DialBridged")).contains("true");
        http.postForm("/sandbox/Clock.json", "Hold=false");
        awaitStatus(parent.getSid(), Call.Status.COMPLETED);
    }

    @Test
    void aClientAndANumberRingTogetherAndTheAgentsAnswerCancelsThePhone() {
        TestDevice alice = registered("alice");
        awaitRegistered(1);
        phone("+15005550711", "AnswerAfter=20");
        app.enqueueTwiml("/ivr", "<Response><Dial action=\"/after\" timeout=\"30\"><Number>+15005550711</Number>"
                + "<Client><Identity>alice</Identity><Parameter name=\"queue\" value=\"sales\"/></Client></Dial></Response>");
        app.enqueueTwiml("/after", "<Response><Hangup/></Response>");
        Call parent = callerDialing();
        JsonNode invite = alice.expect("invite");
        assertThat(InviteParams.decodeAsVoiceJs(invite.path("parameters").path("Params").asText())).containsEntry("queue", "sales");
        String clientLeg = invite.path("callsid").asText();
        app.takeRequest(Duration.ofSeconds(10));
        alice.sendCall("answer", clientLeg);
        awaitStatus(clientLeg, Call.Status.IN_PROGRESS);
        String phoneLeg = Call.reader().setParentCallSid(parent.getSid()).setTo("+15005550711").read(client).iterator().next().getSid();
        assertThat(awaitStatus(phoneLeg, Call.Status.CANCELED).getStatus()).isEqualTo(Call.Status.CANCELED);

        alice.sendCall("hangup", clientLeg);
        RecordedRequest after = app.takeRequest(Duration.ofSeconds(10));
        assertThat(after.form().get("DialCallSid")).contains(clientLeg);
        assertThat(after.form().get("DialCallStatus")).contains("completed");
        http.postForm("/sandbox/Clock.json", "Hold=false");
        awaitStatus(parent.getSid(), Call.Status.COMPLETED);
    }

    @Test
    void answerOnBridgeKeepsTheDeviceRingingUntilTheDialedPartyAnswers() {
        TestDevice d = registered("agentBob");
        phone("+15005550721", "AnswerAfter=5");
        app.enqueueTwiml("/client-voice", "<Response><Dial answerOnBridge=\"true\"><Number>+15005550721</Number></Dial></Response>");
        http.postForm("/sandbox/Clock.json", "Hold=true");
        d.send("invite", "{\"callsid\":\"TJSbridge\",\"sdp\":\"v=0\\r\\na=mid:0\\r\\n\",\"twilio\":{}}");
        String callSid = d.expect("ringing").path("callsid").asText();
        app.takeRequest(Duration.ofSeconds(10));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() ->
                Call.reader().setParentCallSid(callSid).read(client).iterator().hasNext());
        d.assertNoMoreFrames(Duration.ofMillis(300)); // the dialed phone rings: no answer for the device yet
        assertThat(Call.fetcher(callSid).fetch(client).getStatus()).isEqualTo(Call.Status.RINGING);

        http.postForm("/sandbox/Clock.json", "Advance=5");
        assertThat(d.expect("answer").path("callsid").asText()).isEqualTo(callSid);
        awaitStatus(callSid, Call.Status.IN_PROGRESS);
        d.sendCall("hangup", callSid);
        awaitStatus(callSid, Call.Status.COMPLETED);
    }

    @Test
    void unregisteredIdentityIsNoAnswer() {
        Call call = Call.creator(new Client("client:nobody"), new PhoneNumber("+15005550700"), URI.create(app.url("/voice")))
                .create(client);
        assertThat(awaitStatus(call.getSid(), Call.Status.NO_ANSWER).getStatus()).isEqualTo(Call.Status.NO_ANSWER);
    }

    @Test
    void deviceInviteRunsTheTwimlAppWithTopLevelParams() {
        TestDevice d = registered("agentBob");
        app.enqueueTwiml("/client-voice", "<Response><Say>welcome</Say><Pause length=\"600\"/></Response>");
        http.postForm("/sandbox/Clock.json", "Hold=true");
        d.send("invite", "{\"callsid\":\"TJSabc\",\"sdp\":\"v=0\\r\\na=mid:0\\r\\n\",\"twilio\":{\"params\":\""
                + "customerID=375d&selectedProductID=87144192&To=%2B15005550999&From=spoof\"}}");
        String callSid = d.expect("ringing").path("callsid").asText();
        assertThat(callSid).startsWith("CA");
        RecordedRequest voice = app.takeRequest(Duration.ofSeconds(10));
        assertThat(voice.form().get("From")).contains("client:agentBob");
        assertThat(voice.form().get("Caller")).contains("client:agentBob");
        assertThat(voice.form().get("To")).contains("+15005550999");
        assertThat(voice.form().get("Called")).contains("+15005550999");
        assertThat(voice.form().get("Direction")).contains("inbound");
        assertThat(voice.form().get("CallStatus")).contains("ringing");
        assertThat(voice.form().get("ApplicationSid")).contains(outgoingApp.getSid());
        assertThat(voice.form().get("customerID")).contains("375d");
        assertThat(voice.form().get("selectedProductID")).contains("87144192");
        assertThat(voice.form().all("From")).containsExactly("client:agentBob");
        JsonNode answer = d.expect("answer");
        assertThat(answer.path("callsid").asText()).isEqualTo(callSid);
        assertThat(answer.path("sdp").asText()).contains("a=setup:active");
        assertThat(answer.path("reconnect").asText()).isNotEmpty();
        d.sendCall("hangup", callSid);
        awaitStatus(callSid, Call.Status.COMPLETED);
    }

    @Test
    void badFramesFloodsAndExpiredTokensGetAnErrorAndACleanCloseWhileOthersCarryOn() {
        TestDevice good = registered("steady");

        TestDevice malformed = device();
        malformed.sendRaw("{not json");
        assertThat(malformed.expect("error").path("error").path("code").asInt()).isEqualTo(31100);
        assertThat(malformed.awaitClosed()).isEqualTo(1008);

        TestDevice unknown = device();
        unknown.send("teleport", "{}");
        assertThat(unknown.expect("error").path("error").path("code").asInt()).isEqualTo(31100);

        TestDevice huge = device();
        huge.send("listen", "{\"token\":\"" + "x".repeat(70_000) + "\"}");
        assertThat(huge.expect("error").path("error").path("code").asInt()).isEqualTo(31400);
        assertThat(huge.awaitClosed()).isEqualTo(1009);

        TestDevice flood = device();
        try {
            for (int i = 0; i < 80; i++) flood.sendRaw("\n");
        } catch (java.util.concurrent.CompletionException closedMeanwhile) {
            // the server may close the socket before the flood is over
        }
        assertThat(flood.expect("error").path("error").path("code").asInt()).isEqualTo(31206);
        assertThat(flood.awaitClosed()).isEqualTo(1008);

        TestDevice expired = device();
        String old = new AccessToken.Builder(sb.accountSid, key.getSid(), key.getSecret().getBytes(java.nio.charset.StandardCharsets.UTF_8)).identity("late").ttl(-60)
                .grant(new VoiceGrant().setIncomingAllow(true)).build().toJwt();
        expired.send("listen", "{\"token\":\"" + old + "\"}");
        assertThat(expired.expect("error").path("error").path("code").asInt()).isEqualTo(31205);
        assertThat(expired.awaitClosed()).isEqualTo(1008);

        TestDevice forged = device();
        String wrongKey = new AccessToken.Builder(sb.accountSid, key.getSid(), "not-the-secret-but-long-enough-for-hs256".getBytes(java.nio.charset.StandardCharsets.UTF_8)).identity("mallory")
                .grant(new VoiceGrant().setIncomingAllow(true)).build().toJwt();
        forged.send("listen", "{\"token\":\"" + wrongKey + "\"}");
        assertThat(forged.expect("error").path("error").path("code").asInt()).isEqualTo(31202);

        TestDevice early = device();
        early.send("register", "{\"media\":{\"audio\":true}}");
        assertThat(early.expect("error").path("error").path("code").asInt()).isEqualTo(31201);

        // the well-behaved device is untouched
        good.send("register", "{\"media\":{\"audio\":true}}");
        good.expect("ready");
        good.send("register", "{\"media\":{\"audio\":false}}");
        good.expect("offline");
    }
}
