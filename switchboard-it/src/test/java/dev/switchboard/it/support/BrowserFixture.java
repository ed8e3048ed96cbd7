package dev.switchboard.it.support;

import com.twilio.http.TwilioRestClient;
import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.VoiceGrant;
import com.twilio.rest.api.v2010.account.Application;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.NewKey;
import dev.switchboard.testing.webhook.ScriptedResponse;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Switchboard (system clock, HTTP plus HTTPS/wss) and one headless Chromium per test class; a
 * fresh customer app, status-callback receiver and outgoing TwiML App per test; access tokens minted
 * by the official twilio-java {@code AccessToken} builder.
 */
public abstract class BrowserFixture {
    @TempDir protected static Path dir;
    protected static RunningSwitchboard sb;
    protected static TwilioRestClient client;
    protected static HeadlessChromium browser;
    protected static NewKey key;
    protected ScriptedWebhookServer app;
    protected ScriptedWebhookServer callbacks;
    protected Application outgoingApp;

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
        browser = HeadlessChromium.startOrSkip(profile);
        sb = new RunningSwitchboard(dir.resolve("switchboard")).tls().start();
        client = sb.client();
        key = NewKey.creator().setFriendlyName("browser tests").create(client);
    }

    @AfterAll
    static void stopServerAndBrowser() {
        if (browser != null) browser.close();
        if (sb != null) sb.close();
    }

    @BeforeEach
    void startApps() {
        app = ScriptedWebhookServer.start();
        callbacks = ScriptedWebhookServer.start();
        callbacks.setDefault("/status", ScriptedResponse.status(204));
        outgoingApp = Application.creator().setFriendlyName("softphone").setVoiceUrl(URI.create(app.url("/client-voice")))
                .create(client);
    }

    @AfterEach
    void closeApps() {
        browser.keepOneTab();
        // leaving the page (into the back-forward cache or not) fires pagehide: the SDKs close their sockets and
        // the platform unregisters the devices at once
        browser.open("about:blank");
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> sb.server().devices().size() == 0);
        app.close();
        callbacks.close();
    }

    /** A token for {@code identity} that may receive calls and place them to this test's TwiML App. */
    protected String token(String identity) {
        return new AccessToken.Builder(sb.accountSid, key.getSid(), key.getSecret().getBytes(StandardCharsets.UTF_8))
                .identity(identity)
                .grant(new VoiceGrant().setIncomingAllow(true).setOutgoingApplicationSid(outgoingApp.getSid()))
                .build().toJwt();
    }

    protected static Call awaitStatus(String sid, Call.Status status) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> Call.fetcher(sid).fetch(client).getStatus() == status);
        return Call.fetcher(sid).fetch(client);
    }
}
