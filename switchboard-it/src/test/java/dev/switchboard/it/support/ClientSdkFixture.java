package dev.switchboard.it.support;

import com.twilio.jwt.accesstoken.AccessToken;
import com.twilio.jwt.accesstoken.VoiceGrant;
import com.twilio.rest.api.v2010.account.Application;
import com.twilio.rest.api.v2010.account.NewKey;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.Client;
import com.twilio.type.PhoneNumber;
import dev.switchboard.client.CallEvent;
import dev.switchboard.client.Device;
import dev.switchboard.client.IncomingCall;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
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

    /** The device's incoming calls, in order. */
    protected static LinkedBlockingQueue<IncomingCall> rings(Device device) {
        LinkedBlockingQueue<IncomingCall> rings = new LinkedBlockingQueue<>();
        device.onIncoming(rings::add);
        return rings;
    }

    /** A REST call from {@code +15005550700} to {@code to} (e.g. {@code client:alice?k=v}) running {@code twimlPath}. */
    protected Call callClient(String to, String twimlPath) {
        return Call.creator(new Client(to), new PhoneNumber("+15005550700"), URI.create(app.url(twimlPath))).create(client);
    }

    /** Accepts the next ring, collecting its events into {@code events}; answers it once ACCEPTED. */
    protected static IncomingCall accept(LinkedBlockingQueue<IncomingCall> rings, LinkedBlockingQueue<CallEvent> events)
            throws InterruptedException {
        IncomingCall in = take(rings);
        in.onEvent(events::add);
        in.accept();
        CallEvent accepted = take(events);
        if (accepted.type() != CallEvent.Type.ACCEPTED) throw new AssertionError("expected ACCEPTED, got " + accepted);
        return in;
    }

    protected static <T> T take(BlockingQueue<T> q) throws InterruptedException {
        T t = q.poll(10, TimeUnit.SECONDS);
        if (t == null) throw new AssertionError("nothing within 10 s");
        return t;
    }
}
