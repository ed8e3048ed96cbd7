package dev.switchboard.it;

import static dev.switchboard.it.AccountsIT.list;
import static dev.switchboard.it.SipCredentialListsIT.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.twilio.base.Page;
import com.twilio.http.HttpMethod;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.Account;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.rest.api.v2010.account.sip.Domain;
import com.twilio.type.PhoneNumber;
import dev.switchboard.it.support.RawApi;
import dev.switchboard.it.support.ServerPerClass;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SIP Domains through the official twilio-java classes; the server runs with the default {@code --sip-host localhost}. */
class SipDomainsIT extends ServerPerClass {

    @Test
    void aDomainIsCreatedWithEveryFieldFetchedAndReadBack() {
        IncomingPhoneNumber pn = IncomingPhoneNumber.creator(new PhoneNumber("+14155550177")).create(main);
        Domain d = Domain.creator("Scranton.sip.localhost")
                .setFriendlyName("Scranton Office")
                .setVoiceUrl(URI.create("https://example.com/voice"))
                .setVoiceMethod(HttpMethod.GET)
                .setVoiceFallbackUrl(URI.create("https://example.com/fallback"))
                .setVoiceFallbackMethod(HttpMethod.GET)
                .setVoiceStatusCallbackUrl(URI.create("https://example.com/status"))
                .setVoiceStatusCallbackMethod(HttpMethod.GET)
                .setSipRegistration(true)
                .setEmergencyCallingEnabled(true)
                .setSecure(true)
                .setByocTrunkSid("BY" + "1".repeat(32))
                .setEmergencyCallerSid(pn.getSid())
                .create(main);
        assertThat(d.getSid()).matches("SD[0-9a-f]{32}");
        Domain f = Domain.fetcher(d.getSid()).fetch(main);
        assertThat(f.getDomainName()).isEqualTo("scranton.sip.localhost");
        assertThat(f.getFriendlyName()).isEqualTo("Scranton Office");
        assertThat(f.getAccountSid()).isEqualTo(sb.accountSid);
        assertThat(f.getApiVersion()).isEqualTo("2010-04-01");
        assertThat(f.getAuthType()).isEmpty();
        assertThat(f.getVoiceUrl()).isEqualTo(URI.create("https://example.com/voice"));
        assertThat(f.getVoiceMethod()).isEqualTo(HttpMethod.GET);
        assertThat(f.getVoiceFallbackUrl()).isEqualTo(URI.create("https://example.com/fallback"));
        assertThat(f.getVoiceFallbackMethod()).isEqualTo(HttpMethod.GET);
        assertThat(f.getVoiceStatusCallbackUrl()).isEqualTo(URI.create("https://example.com/status"));
        assertThat(f.getVoiceStatusCallbackMethod()).isEqualTo(HttpMethod.GET);
        assertThat(f.getSipRegistration()).isTrue();
        assertThat(f.getEmergencyCallingEnabled()).isTrue();
        assertThat(f.getSecure()).isTrue();
        assertThat(f.getByocTrunkSid()).isEqualTo("BY" + "1".repeat(32));
        assertThat(f.getEmergencyCallerSid()).isEqualTo(pn.getSid());
        String base = "/2010-04-01/Accounts/" + sb.accountSid + "/SIP/Domains/" + d.getSid();
        assertThat(f.getUri()).isEqualTo(base + ".json");
        assertThat(f.getSubresourceUris())
                .containsEntry("credential_list_mappings", base + "/CredentialListMappings.json")
                .containsEntry("ip_access_control_list_mappings", base + "/IpAccessControlListMappings.json");
    }

    @Test
    void aFreshDomainAnswersTwiliosDefaults() {
        Domain d = Domain.creator("fresh.sip.localhost").create(main);
        JsonNode n = new RawApi(sb).get("/2010-04-01/Accounts/" + sb.accountSid + "/SIP/Domains/" + d.getSid() + ".json");
        assertThat(n.get("auth_type").asText()).isEmpty();
        assertThat(n.get("sip_registration").asBoolean()).isFalse();
        assertThat(n.get("secure").asBoolean()).isFalse();
        assertThat(n.get("emergency_calling_enabled").asBoolean()).isFalse();
        for (String k : List.of("voice_url", "voice_fallback_url", "voice_status_callback_url", "byoc_trunk_sid",
                "emergency_caller_sid", "friendly_name")) {
            assertThat(n.get(k).isNull()).as(k).isTrue();
        }
        for (String k : List.of("voice_method", "voice_fallback_method", "voice_status_callback_method")) {
            assertThat(n.get(k).asText()).as(k).isEqualTo("POST");
        }
        List<String> keys = new ArrayList<>();
        n.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrder("account_sid", "api_version", "auth_type", "date_created",
                "date_updated", "domain_name", "friendly_name", "sid", "uri", "voice_fallback_method",
                "voice_fallback_url", "voice_method", "voice_status_callback_method", "voice_status_callback_url",
                "voice_url", "subresource_uris", "sip_registration", "emergency_calling_enabled", "secure",
                "byoc_trunk_sid", "emergency_caller_sid");
    }

    @Test
    void domainsAreListedPagedUpdatedAndDeleted() {
        Domain a = Domain.creator("alpha.sip.localhost").create(main);
        Domain b = Domain.creator("bravo.sip.localhost").create(main);
        Domain.creator("charlie.sip.localhost").create(main);
        Page<Domain> first = Domain.reader().pageSize(2).firstPage(main);
        assertThat(first.getRecords()).hasSize(2);
        assertThat(first.hasNextPage()).isTrue();
        assertThat(list(Domain.reader().pageSize(1).read(main))).extracting(Domain::getDomainName)
                .containsSubsequence("alpha.sip.localhost", "bravo.sip.localhost", "charlie.sip.localhost");

        Domain u = Domain.updater(a.getSid()).setVoiceUrl(URI.create("https://example.com/new"))
                .setSipRegistration(true).setFriendlyName("Alpha").update(main);
        assertThat(u.getVoiceUrl()).isEqualTo(URI.create("https://example.com/new"));
        assertThat(u.getSipRegistration()).isTrue();
        assertThat(u.getDomainName()).isEqualTo("alpha.sip.localhost");
        Domain renamed = Domain.updater(a.getSid()).setDomainName("alpha2.sip.localhost").update(main);
        assertThat(renamed.getDomainName()).isEqualTo("alpha2.sip.localhost");
        assertThat(renamed.getFriendlyName()).isEqualTo("Alpha");
        Domain.creator("alpha.sip.localhost").create(main); // the old name is free again
        // an empty value clears a URL (twilio-java drops empty URIs, so this goes raw)
        JsonNode cleared = new RawApi(sb).post("/2010-04-01/Accounts/" + sb.accountSid + "/SIP/Domains/" + a.getSid()
                + ".json", "VoiceUrl=");
        assertThat(cleared.get("voice_url").isNull()).isTrue();
        assertThat(Domain.fetcher(a.getSid()).fetch(main).getVoiceUrl()).isNull();

        assertThat(Domain.deleter(b.getSid()).delete(main)).isTrue();
        assertCode(() -> Domain.fetcher(b.getSid()).fetch(main), 20404);
        assertCode(() -> Domain.deleter(b.getSid()).delete(main), 20404);
        assertThat(Domain.creator("bravo.sip.localhost").create(main).getDomainName()).isEqualTo("bravo.sip.localhost");
    }

    @Test
    void aDomainNameMustEndInSipAndTheSipHost() {
        for (String bad : new String[] {"acme.sip.twilio.com", "acme.localhost", "sip.localhost", ".sip.localhost",
                "ac_me.sip.localhost", "-acme.sip.localhost", "acme-.sip.localhost", "ac me.sip.localhost",
                "acme..sip.localhost", "acme.sip.localhost.evil.com"}) {
            assertCode(() -> Domain.creator(bad).create(main), 21231);
        }
        assertCode(() -> Domain.creator("").create(main), 21602);
        assertThat(Domain.creator("ok-1.sip.localhost").create(main).getDomainName()).isEqualTo("ok-1.sip.localhost");
    }

    @Test
    void aDomainNameIsUniqueAcrossAccounts() {
        Domain.creator("taken.sip.localhost").create(main);
        assertCode(() -> Domain.creator("taken.sip.localhost").create(main), 21232);
        assertCode(() -> Domain.creator("TAKEN.sip.localhost").create(main), 21232);
        Account sub = Account.creator().setFriendlyName("other").create(main);
        TwilioRestClient other = sb.client(sub.getSid(), sub.getAuthToken(), sub.getSid());
        assertCode(() -> Domain.creator("taken.sip.localhost").create(other), 21232);
        Domain mine = Domain.creator("mine.sip.localhost").create(other);
        assertCode(() -> Domain.updater(mine.getSid()).setDomainName("taken.sip.localhost").update(other), 21232);
        assertThat(Domain.fetcher(mine.getSid()).fetch(other).getDomainName()).isEqualTo("mine.sip.localhost");
        // a subaccount's domain is not the parent's under its own path
        assertCode(() -> Domain.fetcher(mine.getSid()).fetch(main), 20404);
    }

    @Test
    void anAccountSidIsReservedForItsAccountAndSubDomainsNeedTheParent() {
        String own = sb.accountSid.toLowerCase() + ".sip.localhost";
        assertThat(Domain.creator(own).create(main).getDomainName()).isEqualTo(own);
        String someoneElses = "ac" + "0".repeat(32) + ".sip.localhost";
        assertCode(() -> Domain.creator(someoneElses).create(main), 21232);

        assertCode(() -> Domain.creator("east.office.sip.localhost").create(main), 21231);
        Domain.creator("office.sip.localhost").create(main);
        assertThat(Domain.creator("east.office.sip.localhost").create(main).getDomainName())
                .isEqualTo("east.office.sip.localhost");
        Account sub = Account.creator().setFriendlyName("branch").create(main);
        TwilioRestClient branch = sb.client(sub.getSid(), sub.getAuthToken(), sub.getSid());
        assertThat(Domain.creator("west.office.sip.localhost").create(branch).getDomainName())
                .isEqualTo("west.office.sip.localhost");
        Domain.creator("branchonly.sip.localhost").create(branch);
        assertCode(() -> Domain.creator("x.branchonly.sip.localhost").create(main), 21231);
    }

    @Test
    void aDomainWithSubDomainsCannotBeDeletedUntilTheyAreGone() {
        Domain parent = Domain.creator("hq.sip.localhost").create(main);
        Domain child = Domain.creator("floor1.hq.sip.localhost").create(main);
        Account sub = Account.creator().setFriendlyName("tenant").create(main);
        TwilioRestClient tenant = sb.client(sub.getSid(), sub.getAuthToken(), sub.getSid());
        Domain theirs = Domain.creator("floor2.hq.sip.localhost").create(tenant);

        assertCode(() -> Domain.deleter(parent.getSid()).delete(main), 21233);
        assertThat(Domain.deleter(child.getSid()).delete(main)).isTrue();
        assertCode(() -> Domain.deleter(parent.getSid()).delete(main), 21233);
        assertThat(Domain.deleter(theirs.getSid()).delete(tenant)).isTrue();
        assertThat(Domain.deleter(parent.getSid()).delete(main)).isTrue();
    }

    @Test
    void badFieldsAreRefusedWithTwilioCodesAndNothingIsWritten() {
        int before = list(Domain.reader().read(main)).size();
        RawApi raw = new RawApi(sb);
        String domains = "/2010-04-01/Accounts/" + sb.accountSid + "/SIP/Domains.json";
        // twilio-java cannot send a malformed URI, so these go raw
        assertThat(raw.post(domains, "DomainName=u1.sip.localhost&VoiceUrl=not%20a%20url").get("code").asInt()).isEqualTo(21502);
        assertThat(raw.post(domains, "DomainName=u1.sip.localhost&VoiceMethod=PUT").get("code").asInt()).isEqualTo(21209);
        assertThat(raw.post(domains, "DomainName=u1.sip.localhost&Secure=maybe").get("code").asInt()).isEqualTo(21200);
        assertCode(() -> Domain.creator("u2.sip.localhost").setFriendlyName("x".repeat(65)).create(main), 20002);
        assertCode(() -> Domain.creator("u3.sip.localhost").setByocTrunkSid("TK" + "1".repeat(32)).create(main), 21200);
        assertCode(() -> Domain.creator("u4.sip.localhost").setEmergencyCallerSid("PN" + "2".repeat(32)).create(main), 21200);
        assertThat(list(Domain.reader().read(main))).hasSize(before);
        Domain d = Domain.creator("u5.sip.localhost").create(main);
        assertThat(raw.post("/2010-04-01/Accounts/" + sb.accountSid + "/SIP/Domains/" + d.getSid() + ".json",
                "VoiceFallbackUrl=ftp%3A%2F%2Fx").get("code").asInt()).isEqualTo(21502);
        assertThat(Domain.fetcher(d.getSid()).fetch(main).getVoiceFallbackUrl()).isNull();
    }
}
