package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import dev.switchboard.core.interpreter.TwimlInterpreter;
import dev.switchboard.it.support.RawHttp;
import dev.switchboard.it.support.RunningSwitchboard;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedResponse;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A customer app that times out, answers 500, answers non-XML or broken XML, drops the connection
 * or cannot be reached: the call gets Twilio's error code, the fallback URL is asked with
 * {@code ErrorCode}/{@code ErrorUrl}, without one the caller hears the application-error message,
 * and a healthy call running at the same time is not disturbed.
 */
class WebhookFaultsIT {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static RunningSwitchboard sb;
    static TwilioRestClient client;
    static RawHttp admin;
    ScriptedWebhookServer app;

    @BeforeAll
    static void start() {
        sb = new RunningSwitchboard(dir).virtualClock().start();
        client = sb.client();
        admin = new RawHttp(sb.baseUrl(), sb.accountSid, sb.authToken);
    }

    @AfterAll
    static void stop() { sb.close(); }

    @BeforeEach
    void startApp() { app = ScriptedWebhookServer.start(); }

    @AfterEach
    void closeApp() { app.close(); }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("read timeout", "/slow#rt=300",
                        ScriptedResponse.twiml("<Response/>").delayedBy(Duration.ofSeconds(2)), 11200),
                Arguments.of("HTTP 500", "/boom", ScriptedResponse.of(500, "text/plain", "oops"), 11200),
                Arguments.of("not XML", "/html", ScriptedResponse.of(200, "text/html", "<html></html>"), 12300),
                Arguments.of("broken XML", "/broken", ScriptedResponse.twiml("<Response><Say>unclosed"), 12100),
                Arguments.of("connection dropped", "/drop", ScriptedResponse.disconnect(), 11200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aFailingVoiceUrlFallsBackWithTheErrorCode(String name, String path, ScriptedResponse fault, int code) throws Exception {
        String bare = path.contains("#") ? path.substring(0, path.indexOf('#')) : path;
        app.setDefault(bare, fault);
        app.enqueueTwiml("/fallback", "<Response><Say>Fallback speaking</Say></Response>");
        Call healthy = healthyCall();
        Call call = Call.creator(new PhoneNumber("+15005550201"), new PhoneNumber("+15005550202"), URI.create(app.url(path)))
                .setFallbackUrl(URI.create(app.url("/fallback"))).create(client);

        RecordedRequest fallback = takeUntil("/fallback");
        assertThat(fallback.form().get("ErrorCode")).contains(Integer.toString(code));
        assertThat(fallback.form().get("ErrorUrl")).contains(app.url(bare));
        assertThat(fallback.form().get("CallSid")).contains(call.getSid());
        await().atMost(Duration.ofSeconds(10)).until(() -> said(call.getSid()).contains("Fallback speaking"));
        assertHealthyCallCompleted(healthy);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void withoutFallbackTheCallerHearsTheApplicationError(String name, String path, ScriptedResponse fault, int code) throws Exception {
        String bare = path.contains("#") ? path.substring(0, path.indexOf('#')) : path;
        app.setDefault(bare, fault);
        Call call = Call.creator(new PhoneNumber("+15005550203"), new PhoneNumber("+15005550202"), URI.create(app.url(path)))
                .create(client);
        await().atMost(Duration.ofSeconds(10)).until(() -> Call.fetcher(call.getSid()).fetch(client).getStatus() == Call.Status.COMPLETED);
        assertThat(said(call.getSid())).containsExactly(TwimlInterpreter.APPLICATION_ERROR);
        List<String> codes = new ArrayList<>();
        com.twilio.rest.api.v2010.account.call.Notification.reader(call.getSid()).read(client)
                .forEach(n -> codes.add(n.getErrorCode()));
        assertThat(codes).contains(Integer.toString(code));
    }

    @org.junit.jupiter.api.Test
    void anUnreachableAppFailsWith11200() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        app.enqueueTwiml("/fallback", "<Response><Say>Fallback speaking</Say></Response>");
        Call.creator(new PhoneNumber("+15005550204"), new PhoneNumber("+15005550202"),
                        URI.create("http://127.0.0.1:" + closedPort + "/voice"))
                .setFallbackUrl(URI.create(app.url("/fallback"))).create(client);
        RecordedRequest fallback = takeUntil("/fallback");
        assertThat(fallback.form().get("ErrorCode")).contains("11200");
    }

    private RecordedRequest takeUntil(String path) {
        while (true) {
            RecordedRequest r = app.takeRequest(Duration.ofSeconds(10));
            if (r.path().equals(path)) return r;
        }
    }

    private Call healthyCall() {
        app.enqueueTwiml("/healthy", "<Response><Pause length=\"1\"/><Say>All good</Say></Response>");
        return Call.creator(new PhoneNumber("+15005550299"), new PhoneNumber("+15005550202"), URI.create(app.url("/healthy")))
                .create(client);
    }

    private void assertHealthyCallCompleted(Call healthy) throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> Call.fetcher(healthy.getSid()).fetch(client).getStatus() == Call.Status.COMPLETED);
        assertThat(said(healthy.getSid())).containsExactly("All good");
    }

    static List<String> said(String callSid) throws Exception {
        JsonNode heard = JSON.readTree(admin.get("/sandbox/Calls/" + callSid + "/Heard.json").body()).get("heard");
        List<String> out = new ArrayList<>();
        heard.forEach(e -> { if (e.get("type").asText().equals("SaidText")) out.add(e.get("text").asText()); });
        return out;
    }
}
