package dev.switchboard.it;

import static dev.switchboard.it.AccountsIT.list;
import static dev.switchboard.it.SipCredentialListsIT.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.trunking.v1.Trunk;
import com.twilio.rest.trunking.v1.trunk.CredentialList;
import com.twilio.rest.trunking.v1.trunk.IpAccessControlList;
import dev.switchboard.it.support.RawApi;
import dev.switchboard.it.support.ServerPerClass;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** A trunk's CredentialLists and IpAccessControlLists through the official twilio-java classes. */
class TrunkListsIT extends ServerPerClass {

    @Test
    void credentialListsAreAssociatedFetchedListedAndRemoved() {
        Trunk t = Trunk.creator().create(main);
        var office = com.twilio.rest.api.v2010.account.sip.CredentialList.creator("Office").create(main);
        var lab = com.twilio.rest.api.v2010.account.sip.CredentialList.creator("Lab").create(main);
        CredentialList a = CredentialList.creator(t.getSid(), office.getSid()).create(main);
        assertThat(a.getSid()).isEqualTo(office.getSid());
        assertThat(a.getTrunkSid()).isEqualTo(t.getSid());
        assertThat(a.getFriendlyName()).isEqualTo("Office");
        assertThat(a.getAccountSid()).isEqualTo(sb.accountSid);
        assertThat(a.getUrl()).isEqualTo(URI.create(sb.baseUrl() + "/v1/Trunks/" + t.getSid() + "/CredentialLists/"
                + office.getSid()));
        CredentialList.creator(t.getSid(), lab.getSid()).create(main);
        assertThat(list(CredentialList.reader(t.getSid()).setPageSize(1L).read(main))).extracting(CredentialList::getSid)
                .containsExactly(office.getSid(), lab.getSid());
        assertThat(CredentialList.fetcher(t.getSid(), lab.getSid()).fetch(main).getFriendlyName()).isEqualTo("Lab");
        assertThat(Trunk.fetcher(t.getSid()).fetch(main).getAuthType()).isEqualTo("CREDENTIAL_LIST");

        assertCode(() -> CredentialList.creator(t.getSid(), office.getSid()).create(main), 21200);
        // a mapped list cannot be deleted, as for domains
        assertCode(() -> com.twilio.rest.api.v2010.account.sip.CredentialList.deleter(office.getSid()).delete(main), 21241);

        assertThat(CredentialList.deleter(t.getSid(), office.getSid()).delete(main)).isTrue();
        assertCode(() -> CredentialList.fetcher(t.getSid(), office.getSid()).fetch(main), 20404);
        assertCode(() -> CredentialList.deleter(t.getSid(), office.getSid()).delete(main), 20404);
        assertThat(com.twilio.rest.api.v2010.account.sip.CredentialList.deleter(office.getSid()).delete(main)).isTrue();
    }

    @Test
    void ipAccessControlListsAreAssociatedAndSetTheAuthType() {
        Trunk t = Trunk.creator().create(main);
        var acl = com.twilio.rest.api.v2010.account.sip.IpAccessControlList.creator("Office IPs").create(main);
        var cl = com.twilio.rest.api.v2010.account.sip.CredentialList.creator("Phones").create(main);
        IpAccessControlList a = IpAccessControlList.creator(t.getSid(), acl.getSid()).create(main);
        assertThat(a.getSid()).isEqualTo(acl.getSid());
        assertThat(a.getFriendlyName()).isEqualTo("Office IPs");
        assertThat(Trunk.fetcher(t.getSid()).fetch(main).getAuthType()).isEqualTo("IP_ACL");
        CredentialList.creator(t.getSid(), cl.getSid()).create(main);
        Trunk both = Trunk.fetcher(t.getSid()).fetch(main);
        assertThat(both.getAuthType()).isEqualTo("CREDENTIAL_LIST,IP_ACL");
        assertThat(both.getAuthTypeSet()).containsExactly("CREDENTIAL_LIST", "IP_ACL");
        assertThat(list(IpAccessControlList.reader(t.getSid()).read(main))).extracting(IpAccessControlList::getSid)
                .containsExactly(acl.getSid());
        assertCode(() -> com.twilio.rest.api.v2010.account.sip.IpAccessControlList.deleter(acl.getSid()).delete(main), 21236);

        // deleting the trunk removes the associations and keeps the lists
        Trunk.deleter(t.getSid()).delete(main);
        assertThat(com.twilio.rest.api.v2010.account.sip.IpAccessControlList.deleter(acl.getSid()).delete(main)).isTrue();
        assertThat(com.twilio.rest.api.v2010.account.sip.CredentialList.fetcher(cl.getSid()).fetch(main).getFriendlyName())
                .isEqualTo("Phones");
    }

    @Test
    void aListSidThatIsNotAListOfThatKindInTheAccountIsNotFound() {
        Trunk t = Trunk.creator().create(main);
        var cl = com.twilio.rest.api.v2010.account.sip.CredentialList.creator("Phones").create(main);
        assertCode(() -> IpAccessControlList.creator(t.getSid(), cl.getSid()).create(main), 20404);
        assertCode(() -> CredentialList.creator(t.getSid(), "CL" + "0".repeat(32)).create(main), 20404);
        assertThat(new RawApi(sb).post("/v1/Trunks/" + t.getSid() + "/CredentialLists", "").get("code").asInt())
                .isEqualTo(21602);
        assertCode(() -> CredentialList.creator("TK" + "0".repeat(32), cl.getSid()).create(main), 20404);
    }
}
