package dev.switchboard.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.base.ResourceSet;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.Account;
import com.twilio.rest.api.v2010.account.Application;
import dev.switchboard.it.support.ServerPerClass;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountsIT extends ServerPerClass {


    @Test
    void fetchesItsOwnAccount() {
        Account me = Account.fetcher(sb.accountSid).fetch(main);
        assertThat(me.getSid()).isEqualTo(sb.accountSid);
        assertThat(me.getOwnerAccountSid()).isEqualTo(sb.accountSid);
        assertThat(me.getStatus()).isEqualTo(Account.Status.ACTIVE);
        assertThat(me.getType()).isEqualTo(Account.Type.FULL);
        assertThat(me.getAuthToken()).isEqualTo(sb.authToken);
        assertThat(me.getDateCreated()).isNotNull();
        assertThat(me.getUri()).isEqualTo("/2010-04-01/Accounts/" + sb.accountSid + ".json");
        assertThat(me.getSubresourceUris()).containsKeys("calls", "applications", "incoming_phone_numbers", "keys");
    }

    @Test
    void createsListsFetchesAndRenamesSubaccounts() {
        Account sub = Account.creator().setFriendlyName("Team East").create(main);
        assertThat(sub.getSid()).matches("AC[0-9a-f]{32}");
        assertThat(sub.getOwnerAccountSid()).isEqualTo(sb.accountSid);
        assertThat(sub.getAuthToken()).hasSize(32);
        assertThat(sub.getFriendlyName()).isEqualTo("Team East");

        List<Account> named = list(Account.reader().setFriendlyName("Team East").read(main));
        assertThat(named).extracting(Account::getSid).containsExactly(sub.getSid());

        Account renamed = Account.updater(sub.getSid()).setFriendlyName("Team West").update(main);
        assertThat(renamed.getFriendlyName()).isEqualTo("Team West");
        assertThat(Account.fetcher(sub.getSid()).fetch(main).getFriendlyName()).isEqualTo("Team West");

        List<Account> all = list(Account.reader().read(main));
        assertThat(all).extracting(Account::getSid).contains(sb.accountSid, sub.getSid());
    }

    @Test
    void subaccountWithoutNameGetsTwilioStyleDefault() {
        Account sub = Account.creator().create(main);
        assertThat(sub.getFriendlyName()).startsWith("SubAccount Created at ");
    }

    @Test
    void suspendedAndClosedSubaccountsCannotAuthenticate() {
        Account sub = Account.creator().setFriendlyName("to suspend").create(main);
        TwilioRestClient subClient = sb.client(sub.getSid(), sub.getAuthToken(), sub.getSid());
        assertThat(Account.fetcher(sub.getSid()).fetch(subClient).getSid()).isEqualTo(sub.getSid());

        Account.updater(sub.getSid()).setStatus(Account.Status.SUSPENDED).update(main);
        assertThat(list(Account.reader().setStatus(Account.Status.SUSPENDED).read(main)))
                .extracting(Account::getSid).contains(sub.getSid());
        assertThatThrownBy(() -> Account.fetcher(sub.getSid()).fetch(subClient))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(20003);
                    assertThat(e.getStatusCode()).isEqualTo(401);
                });

        Account.updater(sub.getSid()).setStatus(Account.Status.ACTIVE).update(main);
        assertThat(Account.fetcher(sub.getSid()).fetch(subClient).getStatus()).isEqualTo(Account.Status.ACTIVE);

        Account.updater(sub.getSid()).setStatus(Account.Status.CLOSED).update(main);
        assertThatThrownBy(() -> Account.fetcher(sub.getSid()).fetch(subClient))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20003));
        assertThatThrownBy(() -> Account.updater(sub.getSid()).setStatus(Account.Status.ACTIVE).update(main))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21479));
    }

    @Test
    void parentManagesSubaccountResourcesButNotTheOtherWayRound() {
        Account sub = Account.creator().setFriendlyName("isolated").create(main);
        TwilioRestClient subClient = sb.client(sub.getSid(), sub.getAuthToken(), sub.getSid());

        Application viaParent = Application.creator(sub.getSid()).setFriendlyName("made by parent").create(main);
        assertThat(viaParent.getAccountSid()).isEqualTo(sub.getSid());
        assertThat(Application.fetcher(viaParent.getSid()).fetch(subClient).getFriendlyName()).isEqualTo("made by parent");

        Application parentApp = Application.creator().setFriendlyName("parent only").create(main);
        // the subaccount's credentials on the parent's path: 20003, as Twilio
        assertThatThrownBy(() -> Application.fetcher(sb.accountSid, parentApp.getSid()).fetch(subClient))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20003));
        // the parent's resource under the subaccount's own path: not found
        assertThatThrownBy(() -> Application.fetcher(parentApp.getSid()).fetch(subClient))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(20404);
                    assertThat(e.getStatusCode()).isEqualTo(404);
                });
        assertThat(list(Application.reader().read(subClient))).extracting(Application::getSid)
                .containsExactly(viaParent.getSid());
        // a subaccount cannot see its siblings or its parent in the account list
        assertThat(list(Account.reader().read(subClient))).extracting(Account::getSid).containsExactly(sub.getSid());
    }

    @Test
    void subaccountCannotCreateSubaccounts() {
        Account sub = Account.creator().setFriendlyName("no children").create(main);
        TwilioRestClient subClient = sb.client(sub.getSid(), sub.getAuthToken(), sub.getSid());
        assertThatThrownBy(() -> Account.creator().create(subClient))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(403));
    }

    @Test
    void wrongTokenIsRefusedWith20003() {
        TwilioRestClient bad = sb.client(sb.accountSid, "0".repeat(32));
        assertThatThrownBy(() -> Account.fetcher(sb.accountSid).fetch(bad))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(20003);
                    assertThat(e.getStatusCode()).isEqualTo(401);
                    assertThat(e.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/20003");
                });
    }

    static <T extends com.twilio.base.Resource> List<T> list(ResourceSet<T> set) {
        List<T> out = new ArrayList<>();
        set.forEach(out::add);
        return out;
    }
}
