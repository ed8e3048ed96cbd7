package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.Account;
import com.twilio.rest.api.v2010.account.Application;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.rest.api.v2010.account.Key;
import com.twilio.rest.api.v2010.account.NewKey;
import com.twilio.type.PhoneNumber;
import dev.switchboard.it.support.RunningSwitchboard;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart on the same data directory loses nothing. */
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
}
