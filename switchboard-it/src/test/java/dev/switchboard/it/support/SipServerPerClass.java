package dev.switchboard.it.support;

import com.twilio.http.TwilioRestClient;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real Switchboard with SIP on a free port per test class, a twilio-java client for its main account
 * ({@link #main}), a scripted customer app ({@link #app}, drained of earlier tests' requests before each test) and
 * a per-test directory ({@link #run}) for the SIP peer's files. Subclasses check for their peer (sipp, baresip)
 * in their own {@code @BeforeAll}.
 */
public abstract class SipServerPerClass {
    @TempDir protected static Path dir;
    @TempDir protected Path run;
    protected static RunningSwitchboard sb;
    protected static TwilioRestClient main;
    protected static ScriptedWebhookServer app;

    @BeforeAll
    static void startSipServer() {
        sb = new RunningSwitchboard(dir).sip().start();
        main = sb.client();
        app = ScriptedWebhookServer.start();
    }

    @AfterAll
    static void stopSipServer() {
        if (app != null) app.close();
        if (sb != null) sb.close();
    }

    @BeforeEach
    void drainApp() {
        while (app.pollRequest(Duration.ZERO).isPresent()) { /* earlier tests' leftovers */ }
    }
}
