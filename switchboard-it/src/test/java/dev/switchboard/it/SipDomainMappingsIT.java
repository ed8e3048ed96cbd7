package dev.switchboard.it;

import static dev.switchboard.it.AccountsIT.list;
import static dev.switchboard.it.SipCredentialListsIT.assertCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.twilio.base.Page;
import com.twilio.rest.api.v2010.account.sip.CredentialList;
import com.twilio.rest.api.v2010.account.sip.Domain;
import com.twilio.rest.api.v2010.account.sip.IpAccessControlList;
import com.twilio.rest.api.v2010.account.sip.domain.CredentialListMapping;
import com.twilio.rest.api.v2010.account.sip.domain.IpAccessControlListMapping;
import com.twilio.rest.api.v2010.account.sip.domain.authtypes.authtypecalls.AuthCallsCredentialListMapping;
import com.twilio.rest.api.v2010.account.sip.domain.authtypes.authtypecalls.AuthCallsIpAccessControlListMapping;
import com.twilio.rest.api.v2010.account.sip.domain.authtypes.authtyperegistrations.AuthRegistrationsCredentialListMapping;
import dev.switchboard.it.support.RawApi;
import dev.switchboard.it.support.ServerPerClass;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The five mapping resources under SIP/Domains/{SD}/ through the official twilio-java classes. */
class SipDomainMappingsIT extends ServerPerClass {
    private static final AtomicInteger N = new AtomicInteger();

    private static Domain newDomain() {
        return Domain.creator("map" + N.incrementAndGet() + ".sip.localhost").create(main);
    }

    @Test
    void legacyCredentialListMappingsAreCreatedFetchedListedAndDeleted() {
        Domain d = newDomain();
        CredentialList office = CredentialList.creator("Office").create(main);
        CredentialListMapping m = CredentialListMapping.creator(d.getSid(), office.getSid()).create(main);
        assertThat(m.getSid()).isEqualTo(office.getSid());
        assertThat(m.getFriendlyName()).isEqualTo("Office");
        assertThat(m.getDomainSid()).isEqualTo(d.getSid());
        assertThat(m.getAccountSid()).isEqualTo(sb.accountSid);
        assertThat(m.getUri()).isEqualTo("/2010-04-01/Accounts/" + sb.accountSid + "/SIP/Domains/" + d.getSid()
                + "/CredentialListMappings/" + office.getSid() + ".json");
        assertThat(CredentialListMapping.fetcher(d.getSid(), office.getSid()).fetch(main).getFriendlyName()).isEqualTo("Office");

        CredentialList lab = CredentialList.creator("Lab").create(main);
        CredentialList home = CredentialList.creator("Home").create(main);
        CredentialListMapping.creator(d.getSid(), lab.getSid()).create(main);
        CredentialListMapping.creator(d.getSid(), home.getSid()).create(main);
        Page<CredentialListMapping> first = CredentialListMapping.reader(d.getSid()).pageSize(2).firstPage(main);
        assertThat(first.getRecords()).extracting(CredentialListMapping::getSid).containsExactly(office.getSid(), lab.getSid());
        assertThat(first.hasNextPage()).isTrue();
        assertThat(list(CredentialListMapping.reader(d.getSid()).pageSize(2).read(main)))
                .extracting(CredentialListMapping::getFriendlyName).containsExactly("Office", "Lab", "Home");

        assertThat(CredentialListMapping.deleter(d.getSid(), lab.getSid()).delete(main)).isTrue();
        assertCode(() -> CredentialListMapping.fetcher(d.getSid(), lab.getSid()).fetch(main), 20404);
        assertCode(() -> CredentialListMapping.deleter(d.getSid(), lab.getSid()).delete(main), 20404);
        assertThat(CredentialList.fetcher(lab.getSid()).fetch(main).getFriendlyName()).isEqualTo("Lab");
    }

    @Test
    void legacyIpAccessControlListMappingsAreCreatedFetchedListedAndDeleted() {
        Domain d = newDomain();
        IpAccessControlList acl = IpAccessControlList.creator("Carrier").create(main);
        IpAccessControlListMapping m = IpAccessControlListMapping.creator(d.getSid(), acl.getSid()).create(main);
        assertThat(m.getSid()).isEqualTo(acl.getSid());
        assertThat(m.getFriendlyName()).isEqualTo("Carrier");
        assertThat(m.getDomainSid()).isEqualTo(d.getSid());
        assertThat(IpAccessControlListMapping.fetcher(d.getSid(), acl.getSid()).fetch(main).getSid()).isEqualTo(acl.getSid());
        assertThat(list(IpAccessControlListMapping.reader(d.getSid()).read(main))).hasSize(1);
        assertThat(IpAccessControlListMapping.deleter(d.getSid(), acl.getSid()).delete(main)).isTrue();
        assertThat(list(IpAccessControlListMapping.reader(d.getSid()).read(main))).isEmpty();
    }

    @Test
    void authMappingsAreCreatedFetchedListedUnderContentsAndDeleted() {
        Domain d = newDomain();
        CredentialList cl = CredentialList.creator("Phones").create(main);
        IpAccessControlList acl = IpAccessControlList.creator("PBX").create(main);

        AuthCallsCredentialListMapping calls = AuthCallsCredentialListMapping.creator(d.getSid(), cl.getSid()).create(main);
        assertThat(calls.getSid()).isEqualTo(cl.getSid());
        assertThat(calls.getFriendlyName()).isEqualTo("Phones");
        AuthCallsIpAccessControlListMapping ip = AuthCallsIpAccessControlListMapping.creator(d.getSid(), acl.getSid()).create(main);
        assertThat(ip.getFriendlyName()).isEqualTo("PBX");
        AuthRegistrationsCredentialListMapping reg =
                AuthRegistrationsCredentialListMapping.creator(d.getSid(), cl.getSid()).create(main);
        assertThat(reg.getSid()).isEqualTo(cl.getSid());

        assertThat(AuthCallsCredentialListMapping.fetcher(d.getSid(), cl.getSid()).fetch(main).getSid()).isEqualTo(cl.getSid());
        assertThat(AuthCallsIpAccessControlListMapping.fetcher(d.getSid(), acl.getSid()).fetch(main).getSid()).isEqualTo(acl.getSid());
        assertThat(AuthRegistrationsCredentialListMapping.fetcher(d.getSid(), cl.getSid()).fetch(main).getSid()).isEqualTo(cl.getSid());
        assertThat(list(AuthCallsCredentialListMapping.reader(d.getSid()).read(main))).hasSize(1);
        assertThat(list(AuthCallsIpAccessControlListMapping.reader(d.getSid()).read(main))).hasSize(1);
        assertThat(list(AuthRegistrationsCredentialListMapping.reader(d.getSid()).read(main))).hasSize(1);

        RawApi raw = new RawApi(sb);
        String base = "/2010-04-01/Accounts/" + sb.accountSid + "/SIP/Domains/" + d.getSid();
        JsonNode page = raw.get(base + "/Auth/Calls/CredentialListMappings.json");
        assertThat(page.has("contents")).isTrue();
        List<String> keys = new ArrayList<>();
        page.get("contents").get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactlyInAnyOrder("account_sid", "date_created", "date_updated", "friendly_name", "sid");
        assertThat(raw.get(base + "/Auth/Registrations/CredentialListMappings.json").has("contents")).isTrue();
        assertThat(raw.get(base + "/CredentialListMappings.json").has("credential_list_mappings")).isTrue();
        assertThat(raw.get(base + "/IpAccessControlListMappings.json").has("ip_access_control_list_mappings")).isTrue();

        // calls and registrations are independent
        assertThat(AuthRegistrationsCredentialListMapping.deleter(d.getSid(), cl.getSid()).delete(main)).isTrue();
        assertThat(AuthCallsCredentialListMapping.fetcher(d.getSid(), cl.getSid()).fetch(main).getSid()).isEqualTo(cl.getSid());
        assertThat(AuthCallsCredentialListMapping.deleter(d.getSid(), cl.getSid()).delete(main)).isTrue();
        assertThat(AuthCallsIpAccessControlListMapping.deleter(d.getSid(), acl.getSid()).delete(main)).isTrue();
        assertCode(() -> AuthCallsIpAccessControlListMapping.fetcher(d.getSid(), acl.getSid()).fetch(main), 20404);
    }

    @Test
    void legacyAndAuthCallsMappingsAreTheSameStorage() {
        Domain d = newDomain();
        IpAccessControlList acl = IpAccessControlList.creator("Shared").create(main);
        IpAccessControlListMapping.creator(d.getSid(), acl.getSid()).create(main);
        assertThat(AuthCallsIpAccessControlListMapping.fetcher(d.getSid(), acl.getSid()).fetch(main).getSid())
                .isEqualTo(acl.getSid());
        assertCode(() -> AuthCallsIpAccessControlListMapping.creator(d.getSid(), acl.getSid()).create(main), 21231);
        assertCode(() -> IpAccessControlListMapping.creator(d.getSid(), acl.getSid()).create(main), 21231);

        CredentialList cl = CredentialList.creator("Shared").create(main);
        AuthCallsCredentialListMapping.creator(d.getSid(), cl.getSid()).create(main);
        assertThat(CredentialListMapping.fetcher(d.getSid(), cl.getSid()).fetch(main).getDomainSid()).isEqualTo(d.getSid());
        assertCode(() -> CredentialListMapping.creator(d.getSid(), cl.getSid()).create(main), 21231);
        // the same list for registrations is a separate mapping
        AuthRegistrationsCredentialListMapping.creator(d.getSid(), cl.getSid()).create(main);
    }

    @Test
    void authTypeFollowsTheCallMappings() {
        Domain d = newDomain();
        CredentialList cl = CredentialList.creator("A").create(main);
        IpAccessControlList acl = IpAccessControlList.creator("B").create(main);
        assertThat(Domain.fetcher(d.getSid()).fetch(main).getAuthType()).isEmpty();
        AuthRegistrationsCredentialListMapping.creator(d.getSid(), cl.getSid()).create(main);
        assertThat(Domain.fetcher(d.getSid()).fetch(main).getAuthType()).isEmpty();
        AuthCallsIpAccessControlListMapping.creator(d.getSid(), acl.getSid()).create(main);
        assertThat(Domain.fetcher(d.getSid()).fetch(main).getAuthType()).isEqualTo("IP_ACL");
        CredentialListMapping.creator(d.getSid(), cl.getSid()).create(main);
        assertThat(Domain.fetcher(d.getSid()).fetch(main).getAuthType()).isEqualTo("CREDENTIAL_LIST,IP_ACL");
        IpAccessControlListMapping.deleter(d.getSid(), acl.getSid()).delete(main);
        assertThat(Domain.fetcher(d.getSid()).fetch(main).getAuthType()).isEqualTo("CREDENTIAL_LIST");
    }

    @Test
    void aMappedListCannotBeDeletedUntilItsMappingsAreGone() {
        Domain d = newDomain();
        CredentialList cl = CredentialList.creator("Busy").create(main);
        IpAccessControlList acl = IpAccessControlList.creator("Busy").create(main);
        AuthRegistrationsCredentialListMapping.creator(d.getSid(), cl.getSid()).create(main);
        AuthCallsIpAccessControlListMapping.creator(d.getSid(), acl.getSid()).create(main);

        assertCode(() -> CredentialList.deleter(cl.getSid()).delete(main), 21241);
        assertCode(() -> IpAccessControlList.deleter(acl.getSid()).delete(main), 21236);
        assertThat(CredentialList.fetcher(cl.getSid()).fetch(main).getSid()).isEqualTo(cl.getSid());

        AuthRegistrationsCredentialListMapping.deleter(d.getSid(), cl.getSid()).delete(main);
        assertThat(CredentialList.deleter(cl.getSid()).delete(main)).isTrue();
        // deleting the domain removes its mappings, which frees the list
        assertThat(Domain.deleter(d.getSid()).delete(main)).isTrue();
        assertThat(IpAccessControlList.deleter(acl.getSid()).delete(main)).isTrue();
    }

    @Test
    void badMappingInputIsRefusedWithTwilioCodes() {
        Domain d = newDomain();
        RawApi raw = new RawApi(sb);
        String base = "/2010-04-01/Accounts/" + sb.accountSid + "/SIP/Domains/" + d.getSid();
        assertThat(raw.post(base + "/CredentialListMappings.json", "").get("code").asInt()).isEqualTo(21602);
        assertThat(raw.post(base + "/Auth/Calls/IpAccessControlListMappings.json", "").get("code").asInt()).isEqualTo(21602);
        String unknownCl = "CL" + "0".repeat(32);
        assertCode(() -> CredentialListMapping.creator(d.getSid(), unknownCl).create(main), 20404);
        IpAccessControlList acl = IpAccessControlList.creator("wrong kind").create(main);
        assertCode(() -> AuthCallsCredentialListMapping.creator(d.getSid(), acl.getSid()).create(main), 20404);
        assertCode(() -> AuthRegistrationsCredentialListMapping.creator(d.getSid(), acl.getSid()).create(main), 20404);
        String unknownDomain = "SD" + "0".repeat(32);
        CredentialList cl = CredentialList.creator("x").create(main);
        assertCode(() -> CredentialListMapping.creator(unknownDomain, cl.getSid()).create(main), 20404);
        assertCode(() -> AuthCallsCredentialListMapping.reader(unknownDomain).firstPage(main), 20404);
        assertThat(list(CredentialListMapping.reader(d.getSid()).read(main))).isEmpty();
        // no IP ACLs for registrations: Twilio has no such resource
        assertThat(raw.post(base + "/Auth/Registrations/IpAccessControlListMappings.json",
                "IpAccessControlListSid=" + acl.getSid()).get("code").asInt()).isEqualTo(20404);
    }
}
