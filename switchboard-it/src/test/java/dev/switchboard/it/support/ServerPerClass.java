package dev.switchboard.it.support;

import com.twilio.http.TwilioRestClient;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real Switchboard per test class, on its own data directory, with an official twilio-java
 * client ({@link #main}) for the main account.
 */
public abstract class ServerPerClass {
    @TempDir protected static Path dir;
    protected static RunningSwitchboard sb;
    protected static TwilioRestClient main;

    @BeforeAll
    static void startServer() {
        sb = new RunningSwitchboard(dir).start();
        main = sb.client();
    }

    @AfterAll
    static void stopServer() {
        sb.close();
    }
}
