package dev.switchboard.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import dev.switchboard.testing.webhook.ScriptedResponse;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * One virtual-time Switchboard per test class, a fresh customer app and status-callback receiver
 * (real HTTP servers) per test, the official client, and helpers to read the sandbox.
 */
public abstract class CallFixture {
    protected static final ObjectMapper JSON = new ObjectMapper();
    @TempDir protected static Path dir;
    protected static RunningSwitchboard sb;
    protected static TwilioRestClient client;
    protected static RawHttp http;
    protected ScriptedWebhookServer app;
    protected ScriptedWebhookServer callbacks;

    /** A test class's reconnect grace period for client calls (the server's default is 30 s). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface ClientReconnectGrace {
        long millis();
    }

    /** A test class's {@code /signal} heartbeat period (the server's default is 10 s). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface SignalHeartbeat {
        long millis();
    }

    @BeforeAll
    static void startServer(TestInfo info) {
        RunningSwitchboard s = new RunningSwitchboard(dir).virtualClock();
        info.getTestClass().map(c -> c.getAnnotation(ClientReconnectGrace.class))
                .ifPresent(g -> s.clientReconnectGrace(Duration.ofMillis(g.millis())));
        info.getTestClass().map(c -> c.getAnnotation(SignalHeartbeat.class))
                .ifPresent(h -> s.heartbeat(Duration.ofMillis(h.millis())));
        sb = s.start();
        client = sb.client();
        http = new RawHttp(sb.baseUrl(), sb.accountSid, sb.authToken);
    }

    @AfterAll
    static void stopServer() { sb.close(); }

    @BeforeEach
    void startApps() {
        app = ScriptedWebhookServer.start();
        callbacks = ScriptedWebhookServer.start();
        callbacks.setDefault("/status", ScriptedResponse.status(204));
    }

    @AfterEach
    void closeApps() {
        app.close();
        callbacks.close();
        http.send("DELETE", "/sandbox/Phones.json", null, null);
    }

    protected static Call awaitStatus(String sid, Call.Status status) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Call.fetcher(sid).fetch(client).getStatus() == status);
        return Call.fetcher(sid).fetch(client);
    }

    protected static List<String> said(String callSid) {
        List<String> out = new ArrayList<>();
        heard(callSid).forEach(e -> { if (e.get("type").asText().equals("SaidText")) out.add(e.get("text").asText()); });
        return out;
    }

    protected static JsonNode heard(String callSid) {
        try {
            return JSON.readTree(http.get("/sandbox/Calls/" + callSid + "/Heard.json").body()).get("heard");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    protected static void phone(String number, String behaviourForm) {
        var r = http.postForm("/sandbox/Phones/" + number + ".json", behaviourForm);
        if (r.statusCode() != 200) throw new AssertionError(r.body());
    }
}
