package dev.switchboard.it;

import static dev.switchboard.it.AccountsIT.list;
import static dev.switchboard.it.SipCredentialListsIT.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.twilio.base.Page;
import com.twilio.rest.api.v2010.account.sip.IpAccessControlList;
import com.twilio.rest.api.v2010.account.sip.ipaccesscontrollist.IpAddress;
import dev.switchboard.it.support.RawApi;
import dev.switchboard.it.support.ServerPerClass;
import org.junit.jupiter.api.Test;

/** SIP IpAccessControlLists and their IpAddresses through the official twilio-java classes. */
class SipIpAccessControlListsIT extends ServerPerClass {

    @Test
    void listsAreCreatedFetchedPagedRenamedAndDeleted() {
        IpAccessControlList office = IpAccessControlList.creator("Office").create(main);
        assertThat(office.getSid()).matches("AL[0-9a-f]{32}");
        assertThat(office.getAccountSid()).isEqualTo(sb.accountSid);
        String base = "/2010-04-01/Accounts/" + sb.accountSid + "/SIP/IpAccessControlLists/" + office.getSid();
        assertThat(office.getUri()).isEqualTo(base + ".json");
        assertThat(office.getSubresourceUris()).containsEntry("ip_addresses", base + "/IpAddresses.json");
        assertThat(IpAccessControlList.fetcher(office.getSid()).fetch(main).getFriendlyName()).isEqualTo("Office");

        IpAccessControlList lab = IpAccessControlList.creator("L".repeat(255)).create(main);
        IpAccessControlList.creator("Home").create(main);
        Page<IpAccessControlList> first = IpAccessControlList.reader().pageSize(2).firstPage(main);
        assertThat(first.getRecords()).hasSize(2);
        assertThat(first.hasNextPage()).isTrue();
        assertThat(list(IpAccessControlList.reader().pageSize(1).read(main))).extracting(IpAccessControlList::getSid)
                .contains(office.getSid(), lab.getSid());

        assertThat(IpAccessControlList.updater(lab.getSid(), "Lab").update(main).getFriendlyName()).isEqualTo("Lab");
        assertThat(IpAccessControlList.deleter(lab.getSid()).delete(main)).isTrue();
        assertCode(() -> IpAccessControlList.fetcher(lab.getSid()).fetch(main), 20404);
        assertCode(() -> IpAccessControlList.deleter(lab.getSid()).delete(main), 20404);
    }

    @Test
    void badListInputIsRefusedWithTwilioCodes() {
        assertCode(() -> IpAccessControlList.creator("").create(main), 21602);
        assertCode(() -> IpAccessControlList.creator("x".repeat(256)).create(main), 20002);
        IpAccessControlList l = IpAccessControlList.creator("Keep").create(main);
        assertCode(() -> IpAccessControlList.updater(l.getSid(), "").update(main), 21602);
        assertThat(IpAccessControlList.fetcher(l.getSid()).fetch(main).getFriendlyName()).isEqualTo("Keep");
    }

    @Test
    void addressesAreCreatedFetchedPagedUpdatedAndDeleted() {
        IpAccessControlList acl = IpAccessControlList.creator("PBX").create(main);
        IpAddress pbx = IpAddress.creator(acl.getSid(), "PBX", "192.168.1.1").create(main);
        assertThat(pbx.getSid()).matches("IP[0-9a-f]{32}");
        assertThat(pbx.getIpAddress()).isEqualTo("192.168.1.1");
        assertThat(pbx.getCidrPrefixLength()).isEqualTo(32);
        assertThat(pbx.getIpAccessControlListSid()).isEqualTo(acl.getSid());
        assertThat(pbx.getFriendlyName()).isEqualTo("PBX");
        assertThat(pbx.getUri()).isEqualTo("/2010-04-01/Accounts/" + sb.accountSid + "/SIP/IpAccessControlLists/"
                + acl.getSid() + "/IpAddresses/" + pbx.getSid() + ".json");

        IpAddress block = IpAddress.creator(acl.getSid(), "Carrier", "54.172.60.0").setCidrPrefixLength(30).create(main);
        assertThat(block.getCidrPrefixLength()).isEqualTo(30);
        IpAddress slashed = IpAddress.creator(acl.getSid(), "Slash", "10.0.0.0/8").create(main);
        assertThat(slashed.getIpAddress()).isEqualTo("10.0.0.0");
        assertThat(slashed.getCidrPrefixLength()).isEqualTo(8);

        assertThat(IpAddress.fetcher(acl.getSid(), block.getSid()).fetch(main).getCidrPrefixLength()).isEqualTo(30);
        assertThat(list(IpAddress.reader(acl.getSid()).pageSize(2).read(main))).extracting(IpAddress::getFriendlyName)
                .containsExactly("PBX", "Carrier", "Slash");

        IpAddress moved = IpAddress.updater(acl.getSid(), pbx.getSid()).setIpAddress("192.168.2.0")
                .setCidrPrefixLength(24).update(main);
        assertThat(moved.getIpAddress()).isEqualTo("192.168.2.0");
        assertThat(moved.getCidrPrefixLength()).isEqualTo(24);
        assertThat(moved.getFriendlyName()).isEqualTo("PBX");
        IpAddress renamed = IpAddress.updater(acl.getSid(), pbx.getSid()).setFriendlyName("Main PBX").update(main);
        assertThat(renamed.getIpAddress()).isEqualTo("192.168.2.0");
        assertThat(renamed.getCidrPrefixLength()).isEqualTo(24);

        assertThat(IpAddress.deleter(acl.getSid(), slashed.getSid()).delete(main)).isTrue();
        assertCode(() -> IpAddress.fetcher(acl.getSid(), slashed.getSid()).fetch(main), 20404);
        assertThat(list(IpAddress.reader(acl.getSid()).read(main))).hasSize(2);
    }

    @Test
    void theJsonIsTwilios() {
        IpAccessControlList acl = IpAccessControlList.creator("Json").create(main);
        IpAddress ip = IpAddress.creator(acl.getSid(), "One", "192.168.1.1").create(main);
        JsonNode n = new RawApi(sb).get("/2010-04-01/Accounts/" + sb.accountSid + "/SIP/IpAccessControlLists/"
                + acl.getSid() + "/IpAddresses/" + ip.getSid() + ".json");
        assertThat(n.get("cidr_prefix_length").isInt()).isTrue();
        assertThat(n.get("date_created").asText()).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000");
        java.util.List<String> keys = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrder("sid", "account_sid", "friendly_name", "ip_address",
                "cidr_prefix_length", "ip_access_control_list_sid", "date_created", "date_updated", "uri");
    }

    @Test
    void badAddressInputIsRefusedWithTwilioCodesAndNothingIsWritten() {
        IpAccessControlList acl = IpAccessControlList.creator("Strict").create(main);
        String sid = acl.getSid();
        assertCode(() -> IpAddress.creator(sid, "", "1.2.3.4").create(main), 21602);
        assertCode(() -> IpAddress.creator(sid, "x", "").create(main), 21602);
        for (String bad : new String[] {"1.2.3", "256.1.1.1", "1.2.3.*", "2001:db8::1", "01.2.3.4", "host.example.com",
                "1.2.3.4/33", "1.2.3.4/0", "1.2.3.4/x"}) {
            assertCode(() -> IpAddress.creator(sid, "x", bad).create(main), 21238);
        }
        assertCode(() -> IpAddress.creator(sid, "x", "1.2.3.4").setCidrPrefixLength(0).create(main), 21238);
        assertCode(() -> IpAddress.creator(sid, "x", "1.2.3.4").setCidrPrefixLength(33).create(main), 21238);
        assertCode(() -> IpAddress.creator(sid, "x", "1.2.3.0/24").setCidrPrefixLength(16).create(main), 21238);
        assertThat(list(IpAddress.reader(sid).read(main))).isEmpty();

        IpAddress ok = IpAddress.creator(sid, "ok", "1.2.3.4").create(main);
        assertCode(() -> IpAddress.updater(sid, ok.getSid()).setIpAddress("1.2.3.999").update(main), 21238);
        assertCode(() -> IpAddress.updater(sid, ok.getSid()).setCidrPrefixLength(40).update(main), 21238);
        assertThat(IpAddress.fetcher(sid, ok.getSid()).fetch(main).getIpAddress()).isEqualTo("1.2.3.4");

        String unknown = "AL" + "0".repeat(32);
        assertCode(() -> IpAddress.creator(unknown, "x", "1.2.3.4").create(main), 20404);
        assertCode(() -> IpAddress.fetcher(unknown, ok.getSid()).fetch(main), 20404);
    }

    @Test
    void deletingAListDeletesItsAddresses() {
        IpAccessControlList acl = IpAccessControlList.creator("Doomed").create(main);
        IpAddress ip = IpAddress.creator(acl.getSid(), "x", "8.8.8.8").create(main);
        assertThat(IpAccessControlList.deleter(acl.getSid()).delete(main)).isTrue();
        assertCode(() -> IpAddress.fetcher(acl.getSid(), ip.getSid()).fetch(main), 20404);
        assertCode(() -> IpAddress.reader(acl.getSid()).firstPage(main), 20404);
    }
}
