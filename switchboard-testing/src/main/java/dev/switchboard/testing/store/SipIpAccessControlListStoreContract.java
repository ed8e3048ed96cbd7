package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.at;
import static dev.switchboard.testing.store.SipFixtures.ipAccessControlList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.sip.SipIpAccessControlList;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.SipIpAccessControlListStore;
import dev.switchboard.core.store.Stores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link SipIpAccessControlListStore} does. Extend it and hand over empty stores for each test. */
public abstract class SipIpAccessControlListStoreContract {
    private static final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String OTHER_ACCOUNT = Sids.next(SidPrefix.ACCOUNT);

    protected abstract Stores stores();

    private SipIpAccessControlListStore lists() {
        return stores().sip().ipAccessControlLists();
    }

    @Test
    void createdListsRoundTripAndFindIsScopedToTheAccount() {
        SipIpAccessControlList list = ipAccessControlList(ACCOUNT, "Office");
        lists().create(list);

        assertThat(lists().find(ACCOUNT, list.sid())).contains(list);
        assertThat(lists().find(OTHER_ACCOUNT, list.sid())).isEmpty();
        assertThat(lists().find(ACCOUNT, Sids.next(SidPrefix.SIP_IP_ACCESS_CONTROL_LIST))).isEmpty();
    }

    @Test
    void createWithATakenSidThrowsAndKeepsTheFirst() {
        SipIpAccessControlList list = ipAccessControlList(ACCOUNT, "Office");
        lists().create(list);
        SipIpAccessControlList clash = new SipIpAccessControlList(list.sid(), OTHER_ACCOUNT, "Clash", list.dateCreated(), at(9));

        assertThatThrownBy(() -> lists().create(clash)).isInstanceOf(DuplicateKeyException.class);
        assertThat(lists().find(ACCOUNT, list.sid())).contains(list);
    }

    @Test
    void createWithoutAFriendlyNameIsRefused() {
        SipIpAccessControlList nameless = ipAccessControlList(ACCOUNT, null);
        assertThatThrownBy(() -> lists().create(nameless)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void updateAndDeleteMatchOnlyTheSameAccount() {
        SipIpAccessControlList list = ipAccessControlList(ACCOUNT, "Office");
        lists().create(list);
        SipIpAccessControlList renamed = new SipIpAccessControlList(list.sid(), ACCOUNT, "HQ", list.dateCreated(), at(30));
        SipIpAccessControlList stolen = new SipIpAccessControlList(list.sid(), OTHER_ACCOUNT, "Mine", list.dateCreated(), at(31));

        assertThat(lists().update(stolen)).isFalse();
        assertThat(lists().update(renamed)).isTrue();
        assertThat(lists().find(ACCOUNT, list.sid())).contains(renamed);
        assertThat(lists().update(ipAccessControlList(ACCOUNT, "Ghost"))).isFalse();

        assertThat(lists().delete(OTHER_ACCOUNT, list.sid())).isFalse();
        assertThat(lists().delete(ACCOUNT, list.sid())).isTrue();
        assertThat(lists().find(ACCOUNT, list.sid())).isEmpty();
        assertThat(lists().delete(ACCOUNT, list.sid())).isFalse();
    }

    @Test
    void listPagesThroughOneAccountsListsOldestFirst() {
        List<SipIpAccessControlList> mine = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            SipIpAccessControlList l = ipAccessControlList(ACCOUNT, "L" + i);
            lists().create(l);
            lists().create(ipAccessControlList(OTHER_ACCOUNT, "L" + i));
            mine.add(l);
        }
        assertThat(lists().list(ACCOUNT, PageRequest.first(50)).items()).containsExactlyElementsOf(mine);
        assertThat(lists().count(ACCOUNT)).isEqualTo(7);
        assertThat(lists().count(Sids.next(SidPrefix.ACCOUNT))).isZero();
        PagingChecks.assertPagesThrough(mine, page -> lists().list(ACCOUNT, page), SipIpAccessControlList::sid);
    }
}
