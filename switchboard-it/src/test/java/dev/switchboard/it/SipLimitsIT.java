package dev.switchboard.it;

import static dev.switchboard.it.SipCredentialListsIT.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.Account;
import com.twilio.rest.api.v2010.account.sip.CredentialList;
import com.twilio.rest.api.v2010.account.sip.Domain;
import com.twilio.rest.api.v2010.account.sip.IpAccessControlList;
import com.twilio.rest.api.v2010.account.sip.credentiallist.Credential;
import com.twilio.rest.api.v2010.account.sip.ipaccesscontrollist.IpAddress;
import dev.switchboard.it.support.ServerPerClass;
import org.junit.jupiter.api.Test;

/** Twilio's documented SIP limits, each in a fresh subaccount so nothing else counts. */
class SipLimitsIT extends ServerPerClass {
    private static TwilioRestClient fresh() {
        Account sub = Account.creator().setFriendlyName("limits").create(main);
        return sb.client(sub.getSid(), sub.getAuthToken(), sub.getSid());
    }

    @Test
    void anAccountHoldsAHundredDomains() {
        TwilioRestClient c = fresh();
        String tag = Long.toHexString(System.nanoTime());
        for (int i = 0; i < 100; i++) Domain.creator("l" + tag + "-" + i + ".sip.localhost").create(c);
        assertCode(() -> Domain.creator("l" + tag + "-x.sip.localhost").create(c), 21230);
        Domain first = Domain.reader().limit(1).read(c).iterator().next();
        Domain.deleter(first.getSid()).delete(c);
        assertThat(Domain.creator("l" + tag + "-y.sip.localhost").create(c).getSid()).startsWith("SD");
    }

    @Test
    void anAccountHoldsAHundredCredentialListsOfAThousandCredentials() {
        TwilioRestClient c = fresh();
        CredentialList first = CredentialList.creator("0").create(c);
        for (int i = 1; i < 100; i++) CredentialList.creator(String.valueOf(i)).create(c);
        assertCode(() -> CredentialList.creator("over").create(c), 21239);

        for (int i = 0; i < 1000; i++) Credential.creator(first.getSid(), "u" + i, "IWasAtSignal2018").create(c);
        assertCode(() -> Credential.creator(first.getSid(), "over", "IWasAtSignal2018").create(c), 21242);
    }

    @Test
    void anAccountHoldsAThousandIpAccessControlListsOfAHundredAddresses() {
        TwilioRestClient c = fresh();
        IpAccessControlList first = IpAccessControlList.creator("0").create(c);
        for (int i = 1; i < 1000; i++) IpAccessControlList.creator(String.valueOf(i)).create(c);
        assertCode(() -> IpAccessControlList.creator("over").create(c), 21234);

        for (int i = 0; i < 100; i++) IpAddress.creator(first.getSid(), "ip" + i, "10.0.0." + i).create(c);
        assertCode(() -> IpAddress.creator(first.getSid(), "over", "10.0.1.1").create(c), 21237);
        // bad input is still answered as bad input on a full list
        assertCode(() -> IpAddress.creator(first.getSid(), "bad", "10.0.1").create(c), 21238);
    }
}
