package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.Client;
import com.twilio.type.PhoneNumber;
import dev.switchboard.it.support.BrowserFixture;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedResponse;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Twilio's own browser SDK, {@code @twilio/voice-sdk} from npm (its {@code dist/twilio.min.js},
 * installed by bin/run-tests into {@code browser-deps/}), in headless Chromium, pointed at
 * Switchboard's {@code wss://} listener with its {@code chunderw} option and {@code publishEvents:
 * false}, with tokens from the official twilio-java builder.
 */
class OfficialVoiceSdkBrowserIT extends BrowserFixture {
    private static final Path BUNDLE = Path.of("browser-deps/node_modules/@twilio/voice-sdk/dist/twilio.min.js");
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String PAGE = """
            <!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
            <script>
            window.sockets = [];
            const Native = window.WebSocket;
            window.WebSocket = class extends Native { constructor(...a) { super(...a); sockets.push(this); } };
            </script>
            <script src="/twilio.min.js"></script></head><body><script>
            window.events = [];
            window.incoming = null;
            window.startDevice = (token, chunderw) => {
              const device = new Twilio.Device(token, { chunderw, publishEvents: false, logLevel: 'warn' });
              window.device = device;
              device.audio.incoming(false);
              device.on('registered', () => events.push('registered'));
              device.on('error', e => events.push('error:' + e.code));
              device.on('incoming', call => {
                window.call = call;
                window.incoming = { params: Object.fromEntries(call.customParameters), parameters: call.parameters };
                watch(call);
              });
              device.register();
            };
            window.watch = call => {
              ['accept', 'cancel', 'disconnect', 'reject', 'ringing', 'reconnecting', 'reconnected']
                  .forEach(e => call.on(e, () => events.push(e)));
              call.on('error', e => events.push('call-error:' + e.code));
            };
            window.dial = async params => { const call = await device.connect({ params }); window.call = call; watch(call); };
            </script></body></html>
            """;
    private ScriptedWebhookServer web;

    @BeforeEach
    void servePage() throws IOException {
        if (!Files.isRegularFile(BUNDLE)) {
            String why = "@twilio/voice-sdk is not installed at " + BUNDLE.toAbsolutePath()
                    + " (npm ci --prefix switchboard-it/browser-deps; bin/run-tests does it)";
            if ("1".equals(System.getenv("SWITCHBOARD_REQUIRE_BROWSER"))) Assertions.fail(why);
            Assumptions.abort(why);
        }
        web = ScriptedWebhookServer.start();
        web.setDefault("/", ScriptedResponse.of(200, "text/html; charset=utf-8", PAGE));
        web.setDefault("/twilio.min.js", ScriptedResponse.of(200, "text/javascript; charset=utf-8", Files.readString(BUNDLE)));
    }

    @AfterEach
    void stopPage() {
        if (web != null) web.close();
    }

    private void register(String identity) {
        browser.open(web.url("/"));
        browser.script("startDevice(arguments[0], arguments[1]);", token(identity), "127.0.0.1:" + sb.httpsPort());
        browser.awaitScript(WAIT, "events.includes('registered')");
        assertThat((Boolean) browser.script("return device.state === 'registered' && device.identity === arguments[0];", identity))
                .as("device state and identity; events %s", browser.script("return events;")).isTrue();
    }

    private void awaitEvent(String event) {
        browser.awaitScript(WAIT, "events.includes('" + event + "')");
    }

    @Test
    void receivesADialClientCallWhoseCustomParametersMatchTheTwiml() {
        register("alice");
        app.enqueueTwiml("/voice", """
                <Response><Dial><Client>
                  <Identity>alice</Identity>
                  <Parameter name="displayName" value="Alice Smith"/>
                  <Parameter name="customerID" value="375d1d60-083b-404d"/>
                </Client></Dial></Response>""");
        Call parent = Call.creator(new PhoneNumber("+15005550100"), new PhoneNumber("+15005550700"),
                URI.create(app.url("/voice"))).create(client);

        browser.awaitScript(WAIT, "window.incoming");
        assertThat(browser.mapScript("return incoming.params;"))
                .isEqualTo(Map.of("displayName", "Alice Smith", "customerID", "375d1d60-083b-404d"));
        Map<String, Object> parameters = browser.mapScript("return incoming.parameters;");
        assertThat(parameters).containsEntry("To", "client:alice").containsEntry("AccountSid", sb.accountSid);
        String childSid = (String) parameters.get("CallSid");
        assertThat(childSid).startsWith("CA");

        browser.script("call.accept();");
        awaitEvent("accept");
        Call child = awaitStatus(childSid, Call.Status.IN_PROGRESS);
        assertThat(child.getParentCallSid()).isEqualTo(parent.getSid());

        browser.script("call.disconnect();");
        awaitEvent("disconnect");
        assertThat(String.valueOf(browser.script("return events.join(',');"))).doesNotContain("call-error", "error:");
        awaitStatus(childSid, Call.Status.COMPLETED);
        awaitStatus(parent.getSid(), Call.Status.COMPLETED);
    }

    @Test
    void anAnsweredCallSurvivesADroppedSignallingSocket() {
        register("agentBob");
        app.enqueueTwiml("/voice", "<Response><Say>hello agent</Say><Pause length=\"600\"/></Response>");
        Call call = Call.creator(new Client("client:agentBob?customerID=42"), new PhoneNumber("+15005550700"),
                URI.create(app.url("/voice"))).create(client);
        browser.awaitScript(WAIT, "window.incoming");
        browser.script("call.accept();");
        awaitEvent("accept");
        awaitStatus(call.getSid(), Call.Status.IN_PROGRESS);

        browser.script("sockets.at(-1).close();"); // the network drops under the SDK
        awaitEvent("reconnected");
        assertThat(browser.script("return sockets.length;")).isEqualTo(2L);
        assertThat(browser.script("return call.status();")).isEqualTo("open");
        assertThat(Call.fetcher(call.getSid()).fetch(client).getStatus()).isEqualTo(Call.Status.IN_PROGRESS);
        assertThat(String.valueOf(browser.script("return events.join(',');"))).doesNotContain("call-error", "disconnect");

        Call.updater(call.getSid()).setStatus(Call.UpdateStatus.COMPLETED).update(client);
        awaitEvent("disconnect");
        awaitStatus(call.getSid(), Call.Status.COMPLETED);
    }

    @Test
    void restCallToAClientCarriesItsQueryAsCustomParametersAndCancelReachesTheSdk() {
        register("agentBob");
        Call call = Call.creator(new Client("client:agentBob?displayName=Alice&customerID=375d1d60-083b-404d"),
                new PhoneNumber("+15005550700"), URI.create(app.url("/voice"))).create(client);

        browser.awaitScript(WAIT, "window.incoming");
        assertThat(browser.mapScript("return incoming.params;"))
                .isEqualTo(Map.of("displayName", "Alice", "customerID", "375d1d60-083b-404d"));
        assertThat(browser.mapScript("return incoming.parameters;")).containsEntry("CallSid", call.getSid())
                .containsEntry("From", "+15005550700");

        Call.updater(call.getSid()).setStatus(Call.UpdateStatus.CANCELED).update(client);
        awaitEvent("cancel");
        awaitStatus(call.getSid(), Call.Status.CANCELED);
        app.assertNoMoreRequests();
    }

    @Test
    void connectSendsItsParamsToTheTwimlAppAndOpensTheCall() {
        register("agentBob");
        app.enqueueTwiml("/client-voice", "<Response><Say>welcome</Say><Pause length=\"600\"/></Response>");
        browser.script("dial({ customerID: '42', selectedProductID: '87144192', note: 'A&B=c d+e/\u00fc' });");

        RecordedRequest voice = app.takeRequest(WAIT);
        assertThat(voice.form().get("From")).contains("client:agentBob");
        assertThat(voice.form().get("Direction")).contains("inbound");
        assertThat(voice.form().get("ApplicationSid")).contains(outgoingApp.getSid());
        assertThat(voice.form().get("customerID")).contains("42");
        assertThat(voice.form().get("selectedProductID")).contains("87144192");
        assertThat(voice.form().get("note")).contains("A&B=c d+e/\u00fc");
        assertThat(voice.hasValidSignature(sb.authToken)).isTrue();
        awaitEvent("accept");
        String sid = voice.form().get("CallSid").orElseThrow();
        assertThat(browser.script("return call.parameters.CallSid;")).isEqualTo(sid);
        assertThat(browser.script("return call.status();")).isEqualTo("open");

        browser.script("device.disconnectAll();");
        awaitStatus(sid, Call.Status.COMPLETED);
        assertThat(String.valueOf(browser.script("return events.join(',');"))).contains("ringing", "accept", "disconnect");
    }

    @Test
    void aPageLeftForAnotherIsUnregisteredAtOnceAndRegistersAgainWhenRestoredFromTheCache() {
        register("agentBob");
        browser.script("window.stillThisPage = true; device.on('unregistered', () => events.push('unregistered'));");

        browser.open(sb.baseUrl() + "/health"); // Twilio's SDK 2.18.5 closes its socket on pagehide
        Awaitility.await().atMost(Duration.ofSeconds(3))
                .until(() -> sb.server().devices().devices(sb.accountSid, "agentBob").isEmpty());
        Call whileAway = Call.creator(new Client("client:agentBob"), new PhoneNumber("+15005550700"),
                URI.create(app.url("/voice"))).create(client);
        assertThat(awaitStatus(whileAway.getSid(), Call.Status.NO_ANSWER).getStatus()).isEqualTo(Call.Status.NO_ANSWER);

        browser.back();
        if (Boolean.TRUE.equals(browser.script("return window.stillThisPage === true;"))) {
            // restored from the back-forward cache: the SDK registers again by itself
            browser.awaitScript(WAIT, "device.state === 'registered'");
            Awaitility.await().atMost(Duration.ofSeconds(3))
                    .until(() -> sb.server().devices().devices(sb.accountSid, "agentBob").size() == 1);
            assertThat(String.valueOf(browser.script("return events.join(',');"))).contains("unregistered");
        } else {
            // loaded again from history: a new page, without a device until the app makes one
            assertThat(browser.script("return performance.getEntriesByType('navigation')[0].type;")).isEqualTo("back_forward");
            assertThat(sb.server().devices().devices(sb.accountSid, "agentBob")).isEmpty();
        }
    }
}
