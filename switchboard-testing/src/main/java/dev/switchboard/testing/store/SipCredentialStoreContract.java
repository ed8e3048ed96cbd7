package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.at;
import static dev.switchboard.testing.store.SipFixtures.credential;
import static dev.switchboard.testing.store.SipFixtures.credentialList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.sip.DigestHashes;
import dev.switchboard.core.sip.SipCredential;
import dev.switchboard.core.sip.SipCredentialList;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.SipCredentialStore;
import dev.switchboard.core.store.Stores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link SipCredentialStore} does. Extend it and hand over empty stores for each test. */
public abstract class SipCredentialStoreContract {
    private static final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String OTHER_ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final SipCredentialList OFFICE = credentialList(ACCOUNT, "Office");
    private static final SipCredentialList LAB = credentialList(ACCOUNT, "Lab");

    protected abstract Stores stores();

    private SipCredentialStore creds() {
        return stores().sip().credentials();
    }

    @Test
    void credentialsRoundTripTheirHashesAndAreFoundByListAndUsername() {
        SipCredential alice = credential(OFFICE, "alice");
        creds().create(alice);

        assertThat(creds().find(ACCOUNT, OFFICE.sid(), alice.sid())).contains(alice);
        assertThat(creds().find(ACCOUNT, LAB.sid(), alice.sid())).isEmpty();
        assertThat(creds().find(OTHER_ACCOUNT, OFFICE.sid(), alice.sid())).isEmpty();
        assertThat(creds().findByUsername(OFFICE.sid(), "alice")).contains(alice);
        assertThat(creds().findByUsername(OFFICE.sid(), "Alice")).isEmpty();
        assertThat(creds().findByUsername(LAB.sid(), "alice")).isEmpty();
    }

    @Test
    void aUsernameIsUniqueWithinItsListOnly() {
        creds().create(credential(OFFICE, "alice"));
        SipCredential sameList = credential(OFFICE, "alice");
        SipCredential otherList = credential(LAB, "alice");

        assertThatThrownBy(() -> creds().create(sameList)).isInstanceOf(DuplicateKeyException.class);
        creds().create(otherList);
        assertThat(creds().list(ACCOUNT, OFFICE.sid(), PageRequest.first(10)).items()).hasSize(1);
        assertThat(creds().list(ACCOUNT, LAB.sid(), PageRequest.first(10)).items()).containsExactly(otherList);
    }

    @Test
    void updateReplacesTheHashesOnlyInTheSameAccountAndList() {
        SipCredential alice = credential(OFFICE, "alice");
        creds().create(alice);
        SipCredential newPassword = new SipCredential(alice.sid(), ACCOUNT, OFFICE.sid(), "alice",
                DigestHashes.of("alice", "sip.localhost", "N3wPasswordN3w"), alice.dateCreated(), at(40));

        assertThat(creds().update(new SipCredential(alice.sid(), OTHER_ACCOUNT, OFFICE.sid(), "alice",
                newPassword.hashes(), alice.dateCreated(), at(40)))).isFalse();
        assertThat(creds().update(new SipCredential(alice.sid(), ACCOUNT, LAB.sid(), "alice",
                newPassword.hashes(), alice.dateCreated(), at(40)))).isFalse();
        assertThat(creds().find(ACCOUNT, OFFICE.sid(), alice.sid())).contains(alice);

        assertThat(creds().update(newPassword)).isTrue();
        assertThat(creds().find(ACCOUNT, OFFICE.sid(), alice.sid())).contains(newPassword);
    }

    @Test
    void deleteIsScopedAndDeleteAllEmptiesOneList() {
        SipCredential alice = credential(OFFICE, "alice");
        SipCredential bob = credential(OFFICE, "bob");
        SipCredential carol = credential(LAB, "carol");
        for (SipCredential c : List.of(alice, bob, carol)) creds().create(c);

        assertThat(creds().delete(ACCOUNT, LAB.sid(), alice.sid())).isFalse();
        assertThat(creds().delete(OTHER_ACCOUNT, OFFICE.sid(), alice.sid())).isFalse();
        assertThat(creds().delete(ACCOUNT, OFFICE.sid(), alice.sid())).isTrue();
        assertThat(creds().delete(ACCOUNT, OFFICE.sid(), alice.sid())).isFalse();

        assertThat(creds().deleteAll(OTHER_ACCOUNT, OFFICE.sid())).isZero();
        assertThat(creds().deleteAll(ACCOUNT, OFFICE.sid())).isEqualTo(1);
        assertThat(creds().list(ACCOUNT, OFFICE.sid(), PageRequest.first(10)).items()).isEmpty();
        assertThat(creds().list(ACCOUNT, LAB.sid(), PageRequest.first(10)).items()).containsExactly(carol);
        creds().create(credential(OFFICE, "alice"));
    }

    @Test
    void listPagesThroughOneListsCredentialsOldestFirst() {
        List<SipCredential> office = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            SipCredential c = credential(OFFICE, "user" + i);
            creds().create(c);
            creds().create(credential(LAB, "user" + i));
            office.add(c);
        }
        PagingChecks.assertPagesThrough(office, page -> creds().list(ACCOUNT, OFFICE.sid(), page), SipCredential::sid);
        assertThat(creds().count(ACCOUNT, OFFICE.sid())).isEqualTo(7);
        assertThat(creds().count(OTHER_ACCOUNT, OFFICE.sid())).isZero();
        assertThat(creds().count(ACCOUNT, Sids.next(SidPrefix.SIP_CREDENTIAL_LIST))).isZero();
    }
}
