package dev.switchboard.it;

import static dev.switchboard.it.AccountsIT.list;
import static dev.switchboard.it.SipCredentialListsIT.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.twilio.base.Page;
import com.twilio.rest.trunking.v1.Trunk;
import com.twilio.rest.trunking.v1.trunk.OriginationUrl;
import dev.switchboard.it.support.RawApi;
import dev.switchboard.it.support.ServerPerClass;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** A trunk's OriginationUrls through the official twilio-java classes. */
class TrunkOriginationUrlsIT extends ServerPerClass {

    @Test
    void originationUrlsAreCreatedFetchedPagedUpdatedAndDeleted() {
        Trunk t = Trunk.creator().create(main);
        OriginationUrl a = OriginationUrl.creator(t.getSid(), 20, 0, true, "primary", URI.create("sip:pbx.example.com"))
                .create(main);
        assertThat(a.getSid()).matches("OU[0-9a-f]{32}");
        assertThat(a.getTrunkSid()).isEqualTo(t.getSid());
        assertThat(a.getAccountSid()).isEqualTo(sb.accountSid);
        assertThat(a.getWeight()).isEqualTo(20);
        assertThat(a.getPriority()).isZero();
        assertThat(a.getEnabled()).isTrue();
        assertThat(a.getFriendlyName()).isEqualTo("primary");
        assertThat(a.getSipUrl()).isEqualTo(URI.create("sip:pbx.example.com"));
        assertThat(a.getUrl()).isEqualTo(URI.create(sb.baseUrl() + "/v1/Trunks/" + t.getSid() + "/OriginationUrls/" + a.getSid()));
        OriginationUrl b = OriginationUrl.creator(t.getSid(), 65535, 65535, false, "backup",
                URI.create("sip:backup@198.51.100.7:5080;transport=tcp")).create(main);
        OriginationUrl c = OriginationUrl.creator(t.getSid(), 1, 10, true, "third", URI.create("sip:third.example.com"))
                .create(main);

        OriginationUrl f = OriginationUrl.fetcher(t.getSid(), b.getSid()).fetch(main);
        assertThat(f.getSipUrl()).isEqualTo(URI.create("sip:backup@198.51.100.7:5080;transport=tcp"));
        assertThat(f.getEnabled()).isFalse();
        assertThat(f.getWeight()).isEqualTo(65535);
        Page<OriginationUrl> first = OriginationUrl.reader(t.getSid()).setPageSize(2L).firstPage(main);
        assertThat(first.getRecords()).extracting(OriginationUrl::getSid).containsExactly(a.getSid(), b.getSid());
        assertThat(list(OriginationUrl.reader(t.getSid()).setPageSize(1L).read(main))).extracting(OriginationUrl::getSid)
                .containsExactly(a.getSid(), b.getSid(), c.getSid());

        OriginationUrl u = OriginationUrl.updater(t.getSid(), a.getSid()).setPriority(5).setEnabled(false).update(main);
        assertThat(u.getPriority()).isEqualTo(5);
        assertThat(u.getEnabled()).isFalse();
        assertThat(u.getWeight()).isEqualTo(20);
        assertThat(u.getFriendlyName()).isEqualTo("primary");

        assertThat(OriginationUrl.deleter(t.getSid(), c.getSid()).delete(main)).isTrue();
        assertCode(() -> OriginationUrl.fetcher(t.getSid(), c.getSid()).fetch(main), 20404);
        assertCode(() -> OriginationUrl.deleter(t.getSid(), c.getSid()).delete(main), 20404);
        // another trunk's path does not reach it
        Trunk other = Trunk.creator().create(main);
        assertCode(() -> OriginationUrl.fetcher(other.getSid(), a.getSid()).fetch(main), 20404);
    }

    @Test
    void everyFieldIsRequiredOnCreateAndCheckedOnBoth() {
        Trunk t = Trunk.creator().create(main);
        String path = "/v1/Trunks/" + t.getSid() + "/OriginationUrls";
        RawApi raw = new RawApi(sb);
        String all = "Weight=10&Priority=10&Enabled=true&FriendlyName=pbx&SipUrl=sip%3Apbx.example.com";
        for (String field : new String[] {"Weight", "Priority", "Enabled", "FriendlyName", "SipUrl"}) {
            String without = all.replaceAll("(^|&)" + field + "=[^&]*", "");
            assertThat(raw.post(path, without).get("code").asInt()).as("without " + field).isEqualTo(21602);
        }
        assertThat(raw.post(path, all).get("sid").asText()).startsWith("OU");
        for (String bad : new String[] {"Weight=0", "Weight=65536", "Weight=ten", "Priority=-1", "Priority=65536",
                "Enabled=sometimes", "SipUrl=sips%3Apbx.example.com", "SipUrl=https%3A%2F%2Fexample.com",
                "SipUrl=pbx.example.com", "SipUrl=sip%3A"}) {
            String form = all.replaceAll(bad.substring(0, bad.indexOf('=')) + "=[^&]*", bad);
            assertThat(raw.post(path, form).get("code").asInt()).as(bad).isEqualTo(21200);
        }
        assertThat(raw.post(path, all.replace("FriendlyName=pbx", "FriendlyName=" + "x".repeat(65))).get("code").asInt())
                .isEqualTo(20002);
        OriginationUrl u = OriginationUrl.creator(t.getSid(), 1, 0, true, "edge", URI.create("sip:pbx.example.com"))
                .create(main);
        assertCode(() -> OriginationUrl.updater(t.getSid(), u.getSid()).setWeight(0).update(main), 21200);
        assertCode(() -> OriginationUrl.updater(t.getSid(), u.getSid()).setSipUrl("sips:pbx.example.com").update(main), 21200);
        assertThat(OriginationUrl.fetcher(t.getSid(), u.getSid()).fetch(main).getWeight()).isEqualTo(1);
        JsonNode unknownTrunk = raw.post("/v1/Trunks/TK" + "0".repeat(32) + "/OriginationUrls", all);
        assertThat(unknownTrunk.get("code").asInt()).isEqualTo(20404);
    }

    @Test
    void deletingATrunkDeletesItsOriginationUrls() {
        Trunk t = Trunk.creator().create(main);
        OriginationUrl u = OriginationUrl.creator(t.getSid(), 10, 10, true, "pbx", URI.create("sip:pbx.example.com"))
                .create(main);
        Trunk.deleter(t.getSid()).delete(main);
        assertCode(() -> OriginationUrl.fetcher(t.getSid(), u.getSid()).fetch(main), 20404);
        assertCode(() -> OriginationUrl.reader(t.getSid()).read(main).iterator().hasNext(), 20404);
    }
}
