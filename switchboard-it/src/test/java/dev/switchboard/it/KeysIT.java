package dev.switchboard.it;

import static dev.switchboard.it.AccountsIT.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.Account;
import com.twilio.rest.api.v2010.account.Application;
import com.twilio.rest.api.v2010.account.Key;
import com.twilio.rest.api.v2010.account.NewKey;
import dev.switchboard.it.support.ServerPerClass;
import org.junit.jupiter.api.Test;

class KeysIT extends ServerPerClass {


    @Test
    void keyLifecycleAndSecretShownOnlyOnCreate() {
        NewKey created = NewKey.creator().setFriendlyName("ci key").create(main);
        assertThat(created.getSid()).matches("SK[0-9a-f]{32}");
        assertThat(created.getSecret()).hasSize(32);
        assertThat(created.getFriendlyName()).isEqualTo("ci key");

        Key fetched = Key.fetcher(created.getSid()).fetch(main);
        assertThat(fetched.getFriendlyName()).isEqualTo("ci key");
        assertThat(fetched.getDateCreated()).isNotNull();
        assertThat(list(Key.reader().read(main))).extracting(Key::getSid).contains(created.getSid());

        Key renamed = Key.updater(created.getSid()).setFriendlyName("renamed").update(main);
        assertThat(renamed.getFriendlyName()).isEqualTo("renamed");

        assertThat(Key.deleter(created.getSid()).delete(main)).isTrue();
        assertThatThrownBy(() -> Key.fetcher(created.getSid()).fetch(main))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
    }

    @Test
    void apiKeyAuthenticatesForItsAccountUntilDeleted() {
        NewKey key = NewKey.creator().setFriendlyName("auth").create(main);
        TwilioRestClient viaKey = sb.client(key.getSid(), key.getSecret(), sb.accountSid);
        Application app = Application.creator().setFriendlyName("via key").create(viaKey);
        assertThat(app.getAccountSid()).isEqualTo(sb.accountSid);
        assertThat(Account.fetcher(sb.accountSid).fetch(viaKey).getSid()).isEqualTo(sb.accountSid);

        TwilioRestClient wrongSecret = sb.client(key.getSid(), "f".repeat(32), sb.accountSid);
        assertThatThrownBy(() -> Application.fetcher(app.getSid()).fetch(wrongSecret))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20003));

        Key.deleter(key.getSid()).delete(main);
        assertThatThrownBy(() -> Application.fetcher(app.getSid()).fetch(viaKey))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20003));
    }

    @Test
    void subaccountKeyOnlyReachesTheSubaccount() {
        Account sub = Account.creator().setFriendlyName("keyed").create(main);
        NewKey subKey = NewKey.creator(sub.getSid()).setFriendlyName("sub key").create(main);
        TwilioRestClient viaSubKey = sb.client(subKey.getSid(), subKey.getSecret(), sub.getSid());
        assertThat(Application.creator().create(viaSubKey).getAccountSid()).isEqualTo(sub.getSid());
        assertThatThrownBy(() -> Application.reader(sb.accountSid).read(viaSubKey).iterator().next())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20003));
    }
}
