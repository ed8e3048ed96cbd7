package dev.switchboard.it;

import static dev.switchboard.it.AccountsIT.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.twilio.base.Page;
import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.sip.CredentialList;
import com.twilio.rest.api.v2010.account.sip.credentiallist.Credential;
import dev.switchboard.it.support.RawApi;
import dev.switchboard.it.support.ServerPerClass;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** SIP CredentialLists and their Credentials through the official twilio-java classes. */
class SipCredentialListsIT extends ServerPerClass {
    private static final String GOOD_PASSWORD = "IWasAtSignal2018";

    @Test
    void credentialListsAreCreatedFetchedPagedRenamedAndDeleted() {
        CredentialList office = CredentialList.creator("Office").create(main);
        assertThat(office.getSid()).matches("CL[0-9a-f]{32}");
        assertThat(office.getAccountSid()).isEqualTo(sb.accountSid);
        assertThat(office.getDateCreated()).isNotNull();
        String base = "/2010-04-01/Accounts/" + sb.accountSid + "/SIP/CredentialLists/" + office.getSid();
        assertThat(office.getUri()).isEqualTo(base + ".json");
        assertThat(office.getSubresourceUris()).containsEntry("credentials", base + "/Credentials.json");

        CredentialList fetched = CredentialList.fetcher(office.getSid()).fetch(main);
        assertThat(fetched.getFriendlyName()).isEqualTo("Office");

        CredentialList lab = CredentialList.creator("Lab").create(main);
        CredentialList home = CredentialList.creator("Home").create(main);
        Page<CredentialList> first = CredentialList.reader().pageSize(2).firstPage(main);
        assertThat(first.getRecords()).hasSize(2); // other tests of this class share the account
        assertThat(first.hasNextPage()).isTrue();
        assertThat(CredentialList.reader().pageSize(2).nextPage(first, main).getRecords()).isNotEmpty();
        assertThat(list(CredentialList.reader().pageSize(1).read(main))).extracting(CredentialList::getSid)
                .containsSubsequence(office.getSid(), lab.getSid(), home.getSid());

        CredentialList renamed = CredentialList.updater(lab.getSid(), "Lab 2").update(main);
        assertThat(renamed.getFriendlyName()).isEqualTo("Lab 2");
        assertThat(CredentialList.fetcher(lab.getSid()).fetch(main).getFriendlyName()).isEqualTo("Lab 2");

        assertThat(CredentialList.deleter(lab.getSid()).delete(main)).isTrue();
        assertCode(() -> CredentialList.fetcher(lab.getSid()).fetch(main), 20404);
        assertCode(() -> CredentialList.deleter(lab.getSid()).delete(main), 20404);
    }

    @Test
    void badCredentialListInputIsRefusedWithTwilioCodes() {
        assertCode(() -> CredentialList.creator("").create(main), 21602);
        assertCode(() -> CredentialList.creator("x".repeat(65)).create(main), 20002);
        CredentialList l = CredentialList.creator("Keep").create(main);
        assertCode(() -> CredentialList.updater(l.getSid(), "y".repeat(65)).update(main), 20002);
        assertThat(CredentialList.fetcher(l.getSid()).fetch(main).getFriendlyName()).isEqualTo("Keep");
    }

    @Test
    void credentialsAreCreatedFetchedPagedGivenANewPasswordAndDeleted() {
        CredentialList cl = CredentialList.creator("Phones").create(main);
        Credential alice = Credential.creator(cl.getSid(), "alice", GOOD_PASSWORD).create(main);
        assertThat(alice.getSid()).matches("CR[0-9a-f]{32}");
        assertThat(alice.getUsername()).isEqualTo("alice");
        assertThat(alice.getCredentialListSid()).isEqualTo(cl.getSid());
        assertThat(alice.getAccountSid()).isEqualTo(sb.accountSid);
        assertThat(alice.getUri()).isEqualTo("/2010-04-01/Accounts/" + sb.accountSid + "/SIP/CredentialLists/"
                + cl.getSid() + "/Credentials/" + alice.getSid() + ".json");

        Credential bob = Credential.creator(cl.getSid(), "bob", GOOD_PASSWORD).create(main);
        Credential carol = Credential.creator(cl.getSid(), "carol", GOOD_PASSWORD).create(main);
        assertThat(Credential.fetcher(cl.getSid(), bob.getSid()).fetch(main).getUsername()).isEqualTo("bob");
        assertThat(list(Credential.reader(cl.getSid()).pageSize(2).read(main))).extracting(Credential::getUsername)
                .containsExactly("alice", "bob", "carol");

        Credential updated = Credential.updater(cl.getSid(), alice.getSid()).setPassword("An0therGoodOne").update(main);
        assertThat(updated.getUsername()).isEqualTo("alice");
        assertCode(() -> Credential.updater(cl.getSid(), alice.getSid()).setPassword("short1A").update(main), 21243);

        assertThat(Credential.deleter(cl.getSid(), carol.getSid()).delete(main)).isTrue();
        assertCode(() -> Credential.fetcher(cl.getSid(), carol.getSid()).fetch(main), 20404);
        assertThat(list(Credential.reader(cl.getSid()).read(main))).extracting(Credential::getUsername)
                .containsExactly("alice", "bob");
    }

    @Test
    void passwordsNeverAppearInAnyAnswer() {
        RawApi raw = new RawApi(sb);
        CredentialList cl = CredentialList.creator("Secrets").create(main);
        String path = "/2010-04-01/Accounts/" + sb.accountSid + "/SIP/CredentialLists/" + cl.getSid() + "/Credentials";
        JsonNode created = raw.post(path + ".json", "Username=dave&Password=" + GOOD_PASSWORD);
        JsonNode fetched = raw.get(path + "/" + created.get("sid").asText() + ".json");
        JsonNode listed = raw.get(path + ".json");
        for (JsonNode n : List.of(created, fetched, listed.get("credentials").get(0))) {
            assertThat(n.toString()).doesNotContain(GOOD_PASSWORD).doesNotContainIgnoringCase("password")
                    .doesNotContain("ha1");
            assertThat(iterable(n.fieldNames())).containsExactlyInAnyOrder(
                    "sid", "account_sid", "credential_list_sid", "username", "date_created", "date_updated", "uri");
        }
        assertThat(listed.has("credentials")).isTrue();
        assertThat(listed.get("page_size").asInt()).isEqualTo(50);
    }

    @Test
    void badCredentialInputIsRefusedWithTwilioCodesAndNothingIsWritten() {
        CredentialList cl = CredentialList.creator("Strict").create(main);
        assertCode(() -> Credential.creator(cl.getSid(), "", GOOD_PASSWORD).create(main), 21602);
        assertCode(() -> Credential.creator(cl.getSid(), "erin", "").create(main), 21602);
        assertCode(() -> Credential.creator(cl.getSid(), "u".repeat(33), GOOD_PASSWORD).create(main), 21243);
        assertCode(() -> Credential.creator(cl.getSid(), "erin@home", GOOD_PASSWORD).create(main), 21243);
        assertCode(() -> Credential.creator(cl.getSid(), "erin", "Sh0rtPass").create(main), 21243);
        assertCode(() -> Credential.creator(cl.getSid(), "erin", "alllowercase123").create(main), 21243);
        assertCode(() -> Credential.creator(cl.getSid(), "erin", "ALLUPPERCASE123").create(main), 21243);
        assertCode(() -> Credential.creator(cl.getSid(), "erin", "NoDigitsAtAllHere").create(main), 21243);
        assertThat(list(Credential.reader(cl.getSid()).read(main))).isEmpty();

        Credential.creator(cl.getSid(), "erin", GOOD_PASSWORD).create(main);
        assertCode(() -> Credential.creator(cl.getSid(), "erin", GOOD_PASSWORD).create(main), 21243);
        CredentialList other = CredentialList.creator("Other").create(main);
        assertThat(Credential.creator(other.getSid(), "erin", GOOD_PASSWORD).create(main).getUsername()).isEqualTo("erin");
        assertThat(list(Credential.reader(cl.getSid()).read(main))).hasSize(1);

        String unknownList = "CL" + "0".repeat(32);
        assertCode(() -> Credential.creator(unknownList, "frank", GOOD_PASSWORD).create(main), 20404);
        assertCode(() -> Credential.reader(unknownList).firstPage(main), 20404);
    }

    @Test
    void deletingAListDeletesItsCredentials() {
        CredentialList cl = CredentialList.creator("Doomed").create(main);
        Credential c = Credential.creator(cl.getSid(), "gina", GOOD_PASSWORD).create(main);
        assertThat(CredentialList.deleter(cl.getSid()).delete(main)).isTrue();
        assertCode(() -> Credential.fetcher(cl.getSid(), c.getSid()).fetch(main), 20404);
        assertCode(() -> Credential.reader(cl.getSid()).firstPage(main), 20404);
    }

    static void assertCode(ThrowingCallable call, int code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(code));
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
