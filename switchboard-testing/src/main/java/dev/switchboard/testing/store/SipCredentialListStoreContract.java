package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.at;
import static dev.switchboard.testing.store.SipFixtures.credentialList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.sip.SipCredentialList;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.SipCredentialListStore;
import dev.switchboard.core.store.Stores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link SipCredentialListStore} does. Extend it and hand over empty stores for each test. */
public abstract class SipCredentialListStoreContract {
    private static final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String OTHER_ACCOUNT = Sids.next(SidPrefix.ACCOUNT);

    protected abstract Stores stores();

    private SipCredentialListStore lists() {
        return stores().sip().credentialLists();
    }

    @Test
    void createdListsRoundTripAndFindIsScopedToTheAccount() {
        SipCredentialList list = credentialList(ACCOUNT, "Office");
        lists().create(list);

        assertThat(lists().find(ACCOUNT, list.sid())).contains(list);
        assertThat(lists().find(OTHER_ACCOUNT, list.sid())).isEmpty();
        assertThat(lists().find(ACCOUNT, Sids.next(SidPrefix.SIP_CREDENTIAL_LIST))).isEmpty();
    }

    @Test
    void createWithATakenSidThrowsAndKeepsTheFirst() {
        SipCredentialList list = credentialList(ACCOUNT, "Office");
        lists().create(list);
        SipCredentialList clash = new SipCredentialList(list.sid(), OTHER_ACCOUNT, "Clash", list.dateCreated(), at(9));

        assertThatThrownBy(() -> lists().create(clash)).isInstanceOf(DuplicateKeyException.class);
        assertThat(lists().find(ACCOUNT, list.sid())).contains(list);
    }

    @Test
    void createWithoutAFriendlyNameIsRefused() {
        SipCredentialList nameless = credentialList(ACCOUNT, null);
        assertThatThrownBy(() -> lists().create(nameless)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void updateAndDeleteMatchOnlyTheSameAccount() {
        SipCredentialList list = credentialList(ACCOUNT, "Office");
        lists().create(list);
        SipCredentialList renamed = new SipCredentialList(list.sid(), ACCOUNT, "HQ", list.dateCreated(), at(30));
        SipCredentialList stolen = new SipCredentialList(list.sid(), OTHER_ACCOUNT, "Mine", list.dateCreated(), at(31));

        assertThat(lists().update(stolen)).isFalse();
        assertThat(lists().update(renamed)).isTrue();
        assertThat(lists().find(ACCOUNT, list.sid())).contains(renamed);
        assertThat(lists().update(credentialList(ACCOUNT, "Ghost"))).isFalse();

        assertThat(lists().delete(OTHER_ACCOUNT, list.sid())).isFalse();
        assertThat(lists().delete(ACCOUNT, list.sid())).isTrue();
        assertThat(lists().find(ACCOUNT, list.sid())).isEmpty();
        assertThat(lists().delete(ACCOUNT, list.sid())).isFalse();
    }

    @Test
    void listPagesThroughOneAccountsListsOldestFirst() {
        List<SipCredentialList> mine = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            SipCredentialList l = credentialList(ACCOUNT, "L" + i);
            lists().create(l);
            lists().create(credentialList(OTHER_ACCOUNT, "L" + i));
            mine.add(l);
        }
        assertThat(lists().list(ACCOUNT, PageRequest.first(50)).items()).containsExactlyElementsOf(mine);
        assertThat(lists().count(ACCOUNT)).isEqualTo(7);
        assertThat(lists().count(Sids.next(SidPrefix.ACCOUNT))).isZero();
        PagingChecks.assertPagesThrough(mine, page -> lists().list(ACCOUNT, page), SipCredentialList::sid);
    }
}
