package dev.switchboard.it;

import static dev.switchboard.it.AccountsIT.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Application;
import dev.switchboard.it.support.ServerPerClass;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ApplicationsIT extends ServerPerClass {


    @Test
    void createsWithEveryVoiceFieldAndReadsThemBack() {
        Application app = Application.creator()
                .setFriendlyName("IVR")
                .setApiVersion("2010-04-01")
                .setVoiceUrl(URI.create("https://example.com/voice?team=blue"))
                .setVoiceMethod(HttpMethod.GET)
                .setVoiceFallbackUrl(URI.create("https://example.com/fallback"))
                .setVoiceFallbackMethod(HttpMethod.POST)
                .setStatusCallback(URI.create("https://example.com/status"))
                .setStatusCallbackMethod(HttpMethod.GET)
                .setVoiceCallerIdLookup(true)
                .setPublicApplicationConnectEnabled(true)
                .create(main);
        assertThat(app.getSid()).matches("AP[0-9a-f]{32}");
        Application f = Application.fetcher(app.getSid()).fetch(main);
        assertThat(f.getFriendlyName()).isEqualTo("IVR");
        assertThat(f.getAccountSid()).isEqualTo(sb.accountSid);
        assertThat(f.getApiVersion()).isEqualTo("2010-04-01");
        assertThat(f.getVoiceUrl()).isEqualTo(URI.create("https://example.com/voice?team=blue"));
        assertThat(f.getVoiceMethod()).isEqualTo(HttpMethod.GET);
        assertThat(f.getVoiceFallbackUrl()).isEqualTo(URI.create("https://example.com/fallback"));
        assertThat(f.getVoiceFallbackMethod()).isEqualTo(HttpMethod.POST);
        assertThat(f.getStatusCallback()).isEqualTo(URI.create("https://example.com/status"));
        assertThat(f.getStatusCallbackMethod()).isEqualTo(HttpMethod.GET);
        assertThat(f.getVoiceCallerIdLookup()).isTrue();
        assertThat(f.getPublicApplicationConnectEnabled()).isTrue();
        assertThat(f.getUri()).isEqualTo("/2010-04-01/Accounts/" + sb.accountSid + "/Applications/" + app.getSid() + ".json");
    }

    @Test
    void updatesListsByFriendlyNameAndDeletes() {
        Application a = Application.creator().setFriendlyName("alpha").create(main);
        Application b = Application.creator().setFriendlyName("beta").create(main);
        Application updated = Application.updater(a.getSid())
                .setVoiceUrl(URI.create("https://example.com/new"))
                .setPublicApplicationConnectEnabled(true).update(main);
        assertThat(updated.getVoiceUrl()).isEqualTo(URI.create("https://example.com/new"));
        assertThat(updated.getPublicApplicationConnectEnabled()).isTrue();
        assertThat(updated.getFriendlyName()).isEqualTo("alpha");
        assertThat(updated.getVoiceMethod()).isEqualTo(HttpMethod.POST);
        assertThat(Application.updater(a.getSid()).setVoiceUrl(URI.create("")).update(main).getVoiceUrl())
                .as("an empty VoiceUrl clears it (unset URLs read as \"\")").hasToString("");

        assertThat(list(Application.reader().setFriendlyName("beta").read(main)))
                .extracting(Application::getSid).containsExactly(b.getSid());

        assertThat(Application.deleter(a.getSid()).delete(main)).isTrue();
        assertThatThrownBy(() -> Application.fetcher(a.getSid()).fetch(main))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(20404);
                    assertThat(e.getMessage()).contains(a.getSid());
                });
        assertThatThrownBy(() -> Application.deleter(a.getSid()).delete(main))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
    }

    @Test
    void invalidFieldsAreRefusedWithTwilioCodesAndNothingIsWritten() {
        int before = list(Application.reader().read(main)).size();
        assertThatThrownBy(() -> Application.creator().setFriendlyName("x".repeat(65)).create(main))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20002));
        assertThat(list(Application.reader().read(main))).hasSize(before);
    }
}
