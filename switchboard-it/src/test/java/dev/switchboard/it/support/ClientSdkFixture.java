package dev.switchboard.it.support;

import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.VoiceGrant;
import com.twilio.rest.api.v2010.account.Application;
import com.twilio.rest.api.v2010.account.NewKey;
import dev.switchboard.client.Device;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link CallFixture} plus what tests of the Java client SDK share: an API key and a TwiML App for
 * outgoing calls ({@code /client-voice} on the scripted app), tokens minted by the official
 * twilio-java {@code AccessToken}, and devices closed after each test.
 */
public abstract class ClientSdkFixture extends CallFixture {
    private final List<Device> devices = new ArrayList<>();
    protected NewKey key;
    protected Application outgoingApp;

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

    protected AccessToken.Builder tokenBuilder(String identity, String secret) {
        return new AccessToken.Builder(sb.accountSid, key.getSid(), secret.getBytes(StandardCharsets.UTF_8)).identity(identity)
                .grant(new VoiceGrant().setIncomingAllow(true).setOutgoingApplicationSid(outgoingApp.getSid()));
    }

    protected String token(String identity, String secret) { return tokenBuilder(identity, secret).build().toJwt(); }

    /** A registered device (connect returns once the server answered {@code ready}). */
    protected Device device(String identity) { return keep(Device.connect(URI.create(sb.wsBase()), token(identity, key.getSecret()))); }

    protected Device keep(Device d) {
        devices.add(d);
        return d;
    }

    protected static <T> T take(BlockingQueue<T> q) throws InterruptedException {
        T t = q.poll(10, TimeUnit.SECONDS);
        if (t == null) throw new AssertionError("nothing within 10 s");
        return t;
    }
}
