package dev.switchboard.it;

import static dev.switchboard.it.AccountsIT.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.exception.ApiException;
import com.twilio.http.HttpMethod;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.Account;
import com.twilio.rest.api.v2010.account.Application;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.type.PhoneNumber;
import dev.switchboard.it.support.ServerPerClass;
import java.net.URI;
import org.junit.jupiter.api.Test;

class IncomingPhoneNumbersIT extends ServerPerClass {


    @Test
    void claimsANumberWithVoiceSettings() {
        IncomingPhoneNumber n = IncomingPhoneNumber.creator(new PhoneNumber("+14155550100"))
                .setVoiceUrl(URI.create("https://example.com/voice?x=1"))
                .setVoiceMethod(HttpMethod.GET)
                .setVoiceFallbackUrl(URI.create("https://example.com/fallback"))
                .setStatusCallback(URI.create("https://example.com/status"))
                .create(main);
        assertThat(n.getSid()).matches("PN[0-9a-f]{32}");
        assertThat(n.getPhoneNumber().toString()).isEqualTo("+14155550100");
        assertThat(n.getFriendlyName()).isEqualTo("(415) 555-0100");
        IncomingPhoneNumber f = IncomingPhoneNumber.fetcher(n.getSid()).fetch(main);
        assertThat(f.getVoiceUrl()).isEqualTo(URI.create("https://example.com/voice?x=1"));
        assertThat(f.getVoiceMethod()).isEqualTo(HttpMethod.GET);
        assertThat(f.getVoiceFallbackUrl()).isEqualTo(URI.create("https://example.com/fallback"));
        assertThat(f.getStatusCallback()).isEqualTo(URI.create("https://example.com/status"));
        assertThat(f.getCapabilities().getVoice()).isTrue();
        assertThat(f.getAccountSid()).isEqualTo(sb.accountSid);
    }

    @Test
    void pointsANumberAtAnApplicationAndFiltersTheList() {
        Application app = Application.creator().setFriendlyName("router").create(main);
        IncomingPhoneNumber n = IncomingPhoneNumber.creator(new PhoneNumber("+442071838750"))
                .setFriendlyName("London").create(main);
        IncomingPhoneNumber updated = IncomingPhoneNumber.updater(n.getSid()).setVoiceApplicationSid(app.getSid()).update(main);
        assertThat(updated.getVoiceApplicationSid()).isEqualTo(app.getSid());
        assertThat(updated.getFriendlyName()).isEqualTo("London");

        assertThat(list(IncomingPhoneNumber.reader().setPhoneNumber(new PhoneNumber("+44207")).read(main)))
                .extracting(IncomingPhoneNumber::getSid).containsExactly(n.getSid());
        assertThat(list(IncomingPhoneNumber.reader().setFriendlyName("London").read(main)))
                .extracting(IncomingPhoneNumber::getSid).containsExactly(n.getSid());

        assertThatThrownBy(() -> IncomingPhoneNumber.updater(n.getSid()).setVoiceApplicationSid("AP" + "0".repeat(32)).update(main))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21218));

        assertThat(IncomingPhoneNumber.deleter(n.getSid()).delete(main)).isTrue();
        assertThatThrownBy(() -> IncomingPhoneNumber.fetcher(n.getSid()).fetch(main))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
    }

    @Test
    void aNumberBelongsToOneAccountOnly() {
        IncomingPhoneNumber.creator(new PhoneNumber("+15005550006")).create(main);
        Account other = Account.creator().setFriendlyName("other").create(main);
        assertThatThrownBy(() -> IncomingPhoneNumber.creator(other.getSid(), new PhoneNumber("+15005550006")).create(main))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21422));
        assertThatThrownBy(() -> IncomingPhoneNumber.creator(new PhoneNumber("+15005550006")).create(main))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21422));
    }

    @Test
    void invalidNumbersAreRefused() {
        assertThatThrownBy(() -> IncomingPhoneNumber.creator(new PhoneNumber("555-0100")).create(main))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21421));
        assertThatThrownBy(() -> IncomingPhoneNumber.creator(new PhoneNumber("+14155550199"))
                        .setVoiceUrl(URI.create("ftp://example.com/x")).create(main))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21402));
        assertThat(list(IncomingPhoneNumber.reader().setPhoneNumber(new PhoneNumber("+14155550199")).read(main))).isEmpty();
    }
}
