package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import dev.switchboard.core.webhook.FormParam;
import dev.switchboard.it.support.RawHttp;
import dev.switchboard.it.support.RunningSwitchboard;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls end to end on virtual time: the official library creates the call, a real HTTP server
 * plays the customer's app, a simulated phone answers and presses keys.
 */
class CallsIT {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static RunningSwitchboard sb;
    static TwilioRestClient client;
    static RawHttp admin;
    ScriptedWebhookServer app;
    ScriptedWebhookServer callbacks;

    @BeforeAll
    static void start() {
        sb = new RunningSwitchboard(dir).virtualClock().start();
        client = sb.client();
        admin = new RawHttp(sb.baseUrl(), sb.accountSid, sb.authToken);
    }

    @AfterAll
    static void stop() { sb.close(); }

    @BeforeEach
    void apps() {
        app = ScriptedWebhookServer.start();
        callbacks = ScriptedWebhookServer.start();
        callbacks.setDefault("/status", dev.switchboard.testing.webhook.ScriptedResponse.status(204));
    }

    @AfterEach
    void closeApps() {
        app.close();
        callbacks.close();
        admin.send("DELETE", "/sandbox/Phones.json", null, null);
    }

    @Test
    void outboundCallRunsTwimlSignedGathersDigitsAndReportsProgressInOrder() throws Exception {
        admin.postForm("/sandbox/Phones/+15005550001.json", "Press=2:1");
        app.enqueueTwiml("/voice", "<Response><Say voice=\"alice\" language=\"en-GB\">Hello there</Say>"
                + "<Gather numDigits=\"1\" action=\"/gathered?step=2\"><Say>Press one</Say></Gather></Response>");
        app.enqueueTwiml("/gathered", "<Response><Pause length=\"30\"/><Say>Bye</Say></Response>");

        Call created = Call.creator(new PhoneNumber("+15005550001"), new PhoneNumber("+15005550002"),
                        URI.create(app.url("/voice?customerId=42")))
                .setStatusCallback(URI.create(callbacks.url("/status")))
                .setStatusCallbackEvent(List.of("initiated", "ringing", "answered", "completed"))
                .create(client);
        assertThat(created.getStatus()).isEqualTo(Call.Status.QUEUED);
        assertThat(created.getDirection()).isEqualTo("outbound-api");

        RecordedRequest voice = app.takeRequest(Duration.ofSeconds(10));
        assertThat(voice.method()).isEqualTo("POST");
        assertThat(voice.query().get("customerId")).contains("42");
        assertThat(voice.form().get("CallSid")).contains(created.getSid());
        assertThat(voice.form().get("CallStatus")).contains("in-progress");
        assertThat(voice.form().get("Direction")).contains("outbound-api");
        assertThat(voice.form().get("From")).contains("+15005550002");
        assertThat(voice.form().get("To")).contains("+15005550001");
        assertThat(voice.form().get("AccountSid")).contains(sb.accountSid);
        assertThat(validSignature(voice)).isTrue();

        RecordedRequest gathered = app.takeRequest(Duration.ofSeconds(10));
        assertThat(gathered.path()).isEqualTo("/gathered");
        assertThat(gathered.query().get("step")).contains("2");
        assertThat(gathered.form().get("Digits")).contains("1");
        assertThat(validSignature(gathered)).isTrue();

        List<RecordedRequest> progress = List.of(callbacks.takeRequest(Duration.ofSeconds(10)),
                callbacks.takeRequest(Duration.ofSeconds(10)), callbacks.takeRequest(Duration.ofSeconds(10)),
                callbacks.takeRequest(Duration.ofSeconds(10)));
        assertThat(progress).extracting(r -> r.form().get("CallStatus").orElseThrow())
                .containsExactly("initiated", "ringing", "in-progress", "completed");
        assertThat(progress).extracting(r -> r.form().get("SequenceNumber").orElseThrow())
                .containsExactly("0", "1", "2", "3");
        assertThat(progress).allSatisfy(r -> {
            assertThat(r.form().get("CallbackSource")).contains("call-progress-events");
            assertThat(validSignature(r)).isTrue();
        });
        RecordedRequest completed = progress.get(3);
        int duration = Integer.parseInt(completed.form().get("CallDuration").orElseThrow());
        assertThat(duration).isGreaterThanOrEqualTo(30); // the 30 s Pause, on virtual time

        await().atMost(Duration.ofSeconds(5)).until(() -> Call.fetcher(created.getSid()).fetch(client).getStatus() == Call.Status.COMPLETED);
        Call done = Call.fetcher(created.getSid()).fetch(client);
        assertThat(done.getDuration()).isEqualTo(Integer.toString(duration));
        assertThat(done.getStartTime()).isNotNull();
        assertThat(done.getEndTime()).isNotNull();

        List<com.twilio.rest.api.v2010.account.call.Event> events = new java.util.ArrayList<>();
        com.twilio.rest.api.v2010.account.call.Event.reader(created.getSid()).read(client).forEach(events::add);
        assertThat(events).extracting(e -> String.valueOf(((Map<?, ?>) e.getRequest()).get("url")))
                .contains(app.url("/voice?customerId=42"), app.url("/gathered?step=2"));
        JsonNode timeline = JSON.readTree(admin.get("/2010-04-01/Accounts/" + sb.accountSid + "/Calls/" + created.getSid()
                + "/Timeline.json").body()).get("timeline");
        List<String> kinds = new java.util.ArrayList<>();
        timeline.forEach(e -> kinds.add(e.get("kind").asText()));
        assertThat(kinds).contains("webhook", "verb", "status");

        JsonNode heard = JSON.readTree(admin.get("/sandbox/Calls/" + created.getSid() + "/Heard.json").body()).get("heard");
        List<String> said = new java.util.ArrayList<>();
        heard.forEach(e -> { if (e.get("type").asText().equals("SaidText")) said.add(e.get("text").asText()); });
        assertThat(said).containsExactly("Hello there", "Press one", "Bye");
        JsonNode first = null;
        for (JsonNode e : heard) if (e.get("type").asText().equals("SaidText")) { first = e; break; }
        assertThat(first.get("voice").asText()).isEqualTo("alice");
        assertThat(first.get("language").asText()).isEqualTo("en-GB");
    }

    @Test
    void getMethodPutsParametersInTheQueryAndSignsTheFullUrl() {
        app.enqueueTwiml("/get-voice", "<Response><Say>got it</Say></Response>");
        Call call = Call.creator(new PhoneNumber("+15005550005"), new PhoneNumber("+15005550002"),
                        URI.create(app.url("/get-voice?mine=1")))
                .setMethod(com.twilio.http.HttpMethod.GET).create(client);
        RecordedRequest voice = app.takeRequest(Duration.ofSeconds(10));
        assertThat(voice.method()).isEqualTo("GET");
        assertThat(voice.query().get("mine")).contains("1");
        assertThat(voice.query().get("CallSid")).contains(call.getSid());
        assertThat(voice.form().isEmpty()).isTrue();
        assertThat(new RequestValidator(sb.authToken).validate(voice.url(), new HashMap<>(), voice.signature().orElseThrow())).isTrue();
    }

    @Test
    void busyPhoneEndsTheCallBusyWithoutFetchingTwiml() {
        admin.postForm("/sandbox/Phones/+15005550003.json", "Answer=busy");
        Call created = Call.creator(new PhoneNumber("+15005550003"), new PhoneNumber("+15005550002"),
                        URI.create(app.url("/voice")))
                .setStatusCallback(URI.create(callbacks.url("/status"))).create(client);
        RecordedRequest completed = callbacks.takeRequest(Duration.ofSeconds(10));
        assertThat(completed.form().get("CallStatus")).contains("busy");
        await().atMost(Duration.ofSeconds(5)).until(() -> Call.fetcher(created.getSid()).fetch(client).getStatus() == Call.Status.BUSY);
        assertThat(app.pendingRequests()).isZero();
    }

    @Test
    void inboundCallToAnOwnedNumberRunsItsVoiceUrlWhileRinging() throws Exception {
        com.twilio.rest.api.v2010.account.IncomingPhoneNumber.creator(new PhoneNumber("+15005550100"))
                .setVoiceUrl(URI.create(app.url("/inbound?team=blue&x=a%20b"))).create(client);
        app.enqueueTwiml("/inbound", "<Response><Say>Welcome</Say><Hangup/></Response>");
        var placed = admin.postForm("/sandbox/Calls.json", "From=%2B14155550123&To=%2B15005550100&X-Customer-Id=c%2642&X-Ticket=%C3%A9t%C3%A9");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        String sid = JSON.readTree(placed.body()).get("sid").asText();
        RecordedRequest first = app.takeRequest(Duration.ofSeconds(10));
        assertThat(first.form().get("CallStatus")).contains("ringing");
        assertThat(first.query().get("team")).contains("blue");
        assertThat(first.query().get("x")).contains("a b");
        assertThat(first.form().get("Direction")).contains("inbound");
        assertThat(first.form().get("CallSid")).contains(sid);
        assertThat(first.form().get("Caller")).contains("+14155550123");
        assertThat(first.form().get("FromCountry")).contains("US");
        assertThat(first.form().get("SipHeader_X-Customer-Id")).contains("c&42");
        assertThat(first.form().get("SipHeader_X-Ticket")).contains("été");
        await().atMost(Duration.ofSeconds(5)).until(() -> Call.fetcher(sid).fetch(client).getStatus() == Call.Status.COMPLETED);
    }

    static boolean validSignature(RecordedRequest r) {
        Map<String, String> params = new HashMap<>();
        for (FormParam p : r.form().entries()) params.put(p.name(), p.value());
        return new RequestValidator(sb.authToken).validate(r.url(), params, r.signature().orElseThrow());
    }
}
