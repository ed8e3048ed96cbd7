package dev.switchboard.it;

import static dev.switchboard.it.AccountsIT.list;
import static dev.switchboard.it.SipCredentialListsIT.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.twilio.base.Page;
import com.twilio.http.HttpMethod;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.Account;
import com.twilio.rest.trunking.v1.Trunk;
import com.twilio.rest.trunking.v1.trunk.Recording;
import dev.switchboard.it.support.RawApi;
import dev.switchboard.it.support.ServerPerClass;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Elastic SIP Trunks ({@code /v1/Trunks}) through the official twilio-java classes; {@code --sip-host localhost}. */
class TrunksIT extends ServerPerClass {

    @Test
    void aTrunkIsCreatedWithEveryFieldFetchedAndReadBack() {
        Trunk t = Trunk.creator()
                .setFriendlyName("Office PBX")
                .setDomainName("Office.pstn.localhost")
                .setDisasterRecoveryUrl(URI.create("https://example.com/dr"))
                .setDisasterRecoveryMethod(HttpMethod.GET)
                .setTransferMode(Trunk.TransferSetting.SIP_ONLY)
                .setTransferCallerId(Trunk.TransferCallerId.FROM_TRANSFEROR)
                .setSecure(true)
                .setCnamLookupEnabled(true)
                .create(main);
        assertThat(t.getSid()).matches("TK[0-9a-f]{32}");
        Trunk f = Trunk.fetcher(t.getSid()).fetch(main);
        assertThat(f.getAccountSid()).isEqualTo(sb.accountSid);
        assertThat(f.getFriendlyName()).isEqualTo("Office PBX");
        assertThat(f.getDomainName()).isEqualTo("office.pstn.localhost");
        assertThat(f.getDisasterRecoveryUrl()).isEqualTo(URI.create("https://example.com/dr"));
        assertThat(f.getDisasterRecoveryMethod()).isEqualTo(HttpMethod.GET);
        assertThat(f.getTransferMode()).isEqualTo(Trunk.TransferSetting.SIP_ONLY);
        assertThat(f.getTransferCallerId()).isEqualTo(Trunk.TransferCallerId.FROM_TRANSFEROR);
        assertThat(f.getSecure()).isTrue();
        assertThat(f.getCnamLookupEnabled()).isTrue();
        assertThat(f.getAuthType()).isEmpty();
        assertThat(f.getAuthTypeSet()).isEmpty();
        assertThat((java.util.Map<Object, Object>) (java.util.Map<?, ?>) f.getRecording()).containsEntry("mode", "do-not-record").containsEntry("trim", "do-not-trim");
        assertThat(f.getDateCreated()).isNotNull();
        String url = sb.baseUrl() + "/v1/Trunks/" + t.getSid();
        assertThat(f.getUrl()).isEqualTo(URI.create(url));
        assertThat(f.getLinks())
                .containsEntry("origination_urls", url + "/OriginationUrls")
                .containsEntry("credential_lists", url + "/CredentialLists")
                .containsEntry("ip_access_control_lists", url + "/IpAccessControlLists")
                .containsEntry("phone_numbers", url + "/PhoneNumbers");
    }

    @Test
    void aFreshTrunkAnswersTwiliosDefaultsInV1Form() {
        Trunk t = Trunk.creator().create(main);
        JsonNode n = new RawApi(sb).get("/v1/Trunks/" + t.getSid());
        for (String k : List.of("friendly_name", "domain_name", "disaster_recovery_url")) {
            assertThat(n.get(k).isNull()).as(k).isTrue();
        }
        assertThat(n.get("disaster_recovery_method").asText()).isEqualTo("POST");
        assertThat(n.get("transfer_mode").asText()).isEqualTo("disable-all");
        assertThat(n.get("transfer_caller_id").asText()).isEqualTo("from-transferee");
        assertThat(n.get("secure").asBoolean()).isFalse();
        assertThat(n.get("cnam_lookup_enabled").asBoolean()).isFalse();
        assertThat(n.get("symmetric_rtp_enabled").asBoolean()).isFalse();
        assertThat(n.get("auth_type").asText()).isEmpty();
        assertThat(n.get("auth_type_set").isArray()).isTrue();
        assertThat(n.get("date_created").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrder("account_sid", "domain_name", "disaster_recovery_method",
                "disaster_recovery_url", "friendly_name", "secure", "recording", "transfer_mode", "transfer_caller_id",
                "cnam_lookup_enabled", "auth_type", "symmetric_rtp_enabled", "auth_type_set", "date_created",
                "date_updated", "sid", "url", "links");
    }

    @Test
    void trunksAreListedInPagesWithTheV1EnvelopeUpdatedAndDeleted() {
        TwilioRestClient own = ownAccount();
        Trunk a = Trunk.creator().setFriendlyName("a").create(own);
        Trunk b = Trunk.creator().setFriendlyName("b").create(own);
        Trunk c = Trunk.creator().setFriendlyName("c").create(own);
        Page<Trunk> first = Trunk.reader().setPageSize(2L).firstPage(own);
        assertThat(first.getRecords()).extracting(Trunk::getSid).containsExactly(a.getSid(), b.getSid());
        assertThat(first.hasNextPage()).isTrue();
        Page<Trunk> second = Trunk.reader().setPageSize(2L).nextPage(first, own);
        assertThat(second.getRecords()).extracting(Trunk::getSid).containsExactly(c.getSid());
        assertThat(second.hasNextPage()).isFalse();
        assertThat(list(Trunk.reader().setPageSize(1L).read(own))).extracting(Trunk::getSid)
                .containsExactly(a.getSid(), b.getSid(), c.getSid());

        Trunk u = Trunk.updater(a.getSid()).setDomainName("alpha.pstn.localhost").setSecure(true)
                .setTransferMode(Trunk.TransferSetting.ENABLE_ALL).update(own);
        assertThat(u.getDomainName()).isEqualTo("alpha.pstn.localhost");
        assertThat(u.getSecure()).isTrue();
        assertThat(u.getFriendlyName()).isEqualTo("a");
        assertThat(u.getTransferMode()).isEqualTo(Trunk.TransferSetting.ENABLE_ALL);
        assertThat(Trunk.updater(a.getSid()).setCnamLookupEnabled(true).update(own).getDomainName())
                .isEqualTo("alpha.pstn.localhost");

        assertThat(Trunk.deleter(b.getSid()).delete(own)).isTrue();
        assertCode(() -> Trunk.fetcher(b.getSid()).fetch(own), 20404);
        assertCode(() -> Trunk.deleter(b.getSid()).delete(own), 20404);
        assertCode(() -> Trunk.updater(b.getSid()).setFriendlyName("x").update(own), 20404);
    }

    @Test
    void theListEnvelopeIsV1Meta() {
        Trunk.creator().create(main);
        JsonNode n = new RawApi(sb).get("/v1/Trunks?PageSize=1");
        assertThat(n.has("uri")).isFalse();
        JsonNode meta = n.get("meta");
        assertThat(meta.get("key").asText()).isEqualTo("trunks");
        assertThat(meta.get("page").asInt()).isZero();
        assertThat(meta.get("page_size").asInt()).isEqualTo(1);
        assertThat(meta.get("first_page_url").asText()).isEqualTo(sb.baseUrl() + "/v1/Trunks?PageSize=1&Page=0");
        assertThat(meta.get("url").asText()).isEqualTo(sb.baseUrl() + "/v1/Trunks?PageSize=1&Page=0");
        assertThat(meta.get("previous_page_url").isNull()).isTrue();
        assertThat(n.get("trunks")).hasSize(1);
    }

    @Test
    void aDomainNameMustEndInPstnAndTheSipHostAndIsUniqueAcrossAccounts() {
        for (String bad : new String[] {"acme.pstn.twilio.com", "acme.sip.localhost", "pstn.localhost", ".pstn.localhost",
                "ac_me.pstn.localhost", "-acme.pstn.localhost", "acme..pstn.localhost", "acme.pstn.localhost.evil.com"}) {
            assertCode(() -> Trunk.creator().setDomainName(bad).create(main), 21200);
        }
        Trunk mine = Trunk.creator().setDomainName("taken.pstn.localhost").create(main);
        assertCode(() -> Trunk.creator().setDomainName("TAKEN.pstn.localhost").create(main), 21248);
        TwilioRestClient other = ownAccount();
        assertCode(() -> Trunk.creator().setDomainName("taken.pstn.localhost").create(other), 21248);
        Trunk theirs = Trunk.creator().create(other);
        assertCode(() -> Trunk.updater(theirs.getSid()).setDomainName("taken.pstn.localhost").update(other), 21248);
        // another account's trunk is not found through this account's credentials
        assertCode(() -> Trunk.fetcher(theirs.getSid()).fetch(main), 20404);
        // deleting frees the name at once (Twilio keeps deleted names reserved for a while: docs/sip.md)
        Trunk.deleter(mine.getSid()).delete(main);
        assertThat(Trunk.creator().setDomainName("taken.pstn.localhost").create(other).getDomainName())
                .isEqualTo("taken.pstn.localhost");
    }

    @Test
    void badTrunkParametersAreRefusedWithTwilioCodes() {
        RawApi raw = new RawApi(sb);
        assertThat(raw.post("/v1/Trunks", "TransferMode=sometimes").get("code").asInt()).isEqualTo(21200);
        assertThat(raw.post("/v1/Trunks", "TransferCallerId=from-nobody").get("code").asInt()).isEqualTo(21200);
        assertThat(raw.post("/v1/Trunks", "Secure=maybe").get("code").asInt()).isEqualTo(21200);
        assertThat(raw.post("/v1/Trunks", "CnamLookupEnabled=yes").get("code").asInt()).isEqualTo(21200);
        assertThat(raw.post("/v1/Trunks", "DisasterRecoveryUrl=ftp://example.com/x").get("code").asInt()).isEqualTo(21502);
        assertThat(raw.post("/v1/Trunks", "DisasterRecoveryMethod=PUT").get("code").asInt()).isEqualTo(21209);
        assertCode(() -> Trunk.creator().setFriendlyName("x".repeat(65)).create(main), 20002);
        JsonNode missing = raw.get("/v1/Trunks/TK" + "0".repeat(32));
        assertThat(missing.get("code").asInt()).isEqualTo(20404);
        assertThat(missing.get("status").asInt()).isEqualTo(404);
    }

    @Test
    void anEmptyValueClearsATrunkField() {
        Trunk t = Trunk.creator().setFriendlyName("named").setDomainName("clear.pstn.localhost")
                .setDisasterRecoveryUrl("https://example.com/dr").create(main);
        JsonNode n = new RawApi(sb).post("/v1/Trunks/" + t.getSid(), "FriendlyName=&DomainName=&DisasterRecoveryUrl=");
        assertThat(n.get("friendly_name").isNull()).isTrue();
        assertThat(n.get("domain_name").isNull()).isTrue();
        assertThat(n.get("disaster_recovery_url").isNull()).isTrue();
        assertThat(Trunk.creator().setDomainName("clear.pstn.localhost").create(main).getDomainName())
                .isEqualTo("clear.pstn.localhost");
    }

    @Test
    void theRecordingSettingsAreFetchedAndUpdated() {
        Trunk t = Trunk.creator().create(main);
        Recording r = Recording.fetcher(t.getSid()).fetch(main);
        assertThat(r.getMode()).isEqualTo(Recording.RecordingMode.DO_NOT_RECORD);
        assertThat(r.getTrim()).isEqualTo(Recording.RecordingTrim.DO_NOT_TRIM);
        Recording u = Recording.updater(t.getSid()).setMode(Recording.RecordingMode.RECORD_FROM_ANSWER_DUAL)
                .setTrim(Recording.RecordingTrim.TRIM_SILENCE).update(main);
        assertThat(u.getMode()).isEqualTo(Recording.RecordingMode.RECORD_FROM_ANSWER_DUAL);
        assertThat(u.getTrim()).isEqualTo(Recording.RecordingTrim.TRIM_SILENCE);
        assertThat((java.util.Map<Object, Object>) (java.util.Map<?, ?>) Trunk.fetcher(t.getSid()).fetch(main).getRecording())
                .containsEntry("mode", "record-from-answer-dual").containsEntry("trim", "trim-silence");
        assertThat(new RawApi(sb).post("/v1/Trunks/" + t.getSid() + "/Recording", "Mode=always").get("code").asInt())
                .isEqualTo(21200);
        assertCode(() -> Recording.fetcher("TK" + "0".repeat(32)).fetch(main), 20404);
    }

    @Test
    void wrongCredentialsAreRefusedWith20003() {
        TwilioRestClient bad = sb.client(sb.accountSid, "0".repeat(32));
        assertCode(() -> Trunk.reader().read(bad).iterator().hasNext(), 20003);
    }

    /** A fresh subaccount's client, so a test sees only its own trunks. */
    static TwilioRestClient ownAccount() {
        Account sub = Account.creator().setFriendlyName("trunks").create(main);
        return sb.client(sub.getSid(), sub.getAuthToken(), sub.getSid());
    }
}
