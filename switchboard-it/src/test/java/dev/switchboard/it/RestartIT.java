package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.Account;
import com.twilio.rest.api.v2010.account.Application;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.rest.api.v2010.account.Key;
import com.twilio.rest.api.v2010.account.NewKey;
import com.twilio.type.PhoneNumber;
import com.twilio.rest.api.v2010.account.Call;
import dev.switchboard.it.support.RawHttp;
import dev.switchboard.it.support.RunningSwitchboard;
import dev.switchboard.testing.webhook.RecordedRequest;
import dev.switchboard.testing.webhook.ScriptedResponse;
import dev.switchboard.testing.webhook.ScriptedWebhookServer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart on the same data directory loses nothing; a shutdown ends live calls cleanly first. */
class RestartIT {
    @TempDir Path dir;

    @Test
    void resourcesSurviveARestart() {
        String sid;
        String token;
        String subSid;
        String appSid;
        String numberSid;
        NewKey key;
        try (RunningSwitchboard first = new RunningSwitchboard(dir).start()) {
            sid = first.accountSid;
            token = first.authToken;
            TwilioRestClient c = first.client();
            subSid = Account.creator().setFriendlyName("kept").create(c).getSid();
            appSid = Application.creator().setFriendlyName("kept app")
                    .setVoiceUrl(URI.create("https://example.com/v")).setPublicApplicationConnectEnabled(true).create(c).getSid();
            numberSid = IncomingPhoneNumber.creator(new PhoneNumber("+14155550142")).setVoiceApplicationSid(appSid).create(c).getSid();
            key = NewKey.creator().setFriendlyName("kept key").create(c);
        }
        try (RunningSwitchboard second = new RunningSwitchboard(dir, sid, token).start()) {
            TwilioRestClient c = second.client();
            assertThat(Account.fetcher(subSid).fetch(c).getFriendlyName()).isEqualTo("kept");
            Application app = Application.fetcher(appSid).fetch(c);
            assertThat(app.getVoiceUrl()).isEqualTo(URI.create("https://example.com/v"));
            assertThat(app.getPublicApplicationConnectEnabled()).isTrue();
            assertThat(IncomingPhoneNumber.fetcher(numberSid).fetch(c).getVoiceApplicationSid()).isEqualTo(appSid);
            assertThat(Key.fetcher(key.getSid()).fetch(c).getFriendlyName()).isEqualTo("kept key");
            TwilioRestClient viaKey = second.client(key.getSid(), key.getSecret(), sid);
            assertThat(Application.fetcher(appSid).fetch(viaKey).getSid()).isEqualTo(appSid);
        }
    }

    @Test
    void shuttingDownEndsLiveCallsCleanlyAndTellsTheApp() {
        String sid;
        String token;
        String answered;
        String ringing;
        try (ScriptedWebhookServer app = ScriptedWebhookServer.start()) {
            app.setDefault("/status", ScriptedResponse.status(204));
            app.enqueueTwiml("/voice", "<Response><Say>hold the line</Say><Pause length=\"600\"/></Response>");
            try (RunningSwitchboard first = new RunningSwitchboard(dir).start()) {
                sid = first.accountSid;
                token = first.authToken;
                TwilioRestClient c = first.client();
                http(first).postForm("/sandbox/Phones/+15005550611.json", "AnswerAfter=600");
                answered = Call.creator(new PhoneNumber("+15005550610"), new PhoneNumber("+15005550600"),
                        URI.create(app.url("/voice"))).setStatusCallback(URI.create(app.url("/status"))).create(c).getSid();
                ringing = Call.creator(new PhoneNumber("+15005550611"), new PhoneNumber("+15005550600"),
                        URI.create(app.url("/voice"))).setStatusCallback(URI.create(app.url("/status"))).create(c).getSid();
                Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                        Call.fetcher(answered).fetch(c).getStatus() == Call.Status.IN_PROGRESS
                                && Call.fetcher(ringing).fetch(c).getStatus() == Call.Status.RINGING);
            } // close() while both calls are live
            Map<String, String> finalStatus = new HashMap<>();
            for (int i = 0; i < 2; i++) {
                RecordedRequest r = app.takeRequest(Duration.ofSeconds(10));
                if (r.path().equals("/voice")) { i--; continue; }
                finalStatus.put(r.form().get("CallSid").orElseThrow(), r.form().get("CallStatus").orElseThrow());
            }
            assertThat(finalStatus).isEqualTo(Map.of(answered, "completed", ringing, "canceled"));
        }
        try (RunningSwitchboard second = new RunningSwitchboard(dir, sid, token).start()) {
            assertThat(Call.fetcher(answered).fetch(second.client()).getStatus()).isEqualTo(Call.Status.COMPLETED);
            assertThat(Call.fetcher(ringing).fetch(second.client()).getStatus()).isEqualTo(Call.Status.CANCELED);
        }
    }

    private static RawHttp http(RunningSwitchboard sb) { return new RawHttp(sb.baseUrl(), sb.accountSid, sb.authToken); }
}
