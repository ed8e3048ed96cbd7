package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.at;
import static dev.switchboard.testing.store.SipFixtures.ipAccessControlList;
import static dev.switchboard.testing.store.SipFixtures.ipAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.sip.SipIpAccessControlList;
import dev.switchboard.core.sip.SipIpAddress;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.SipIpAddressStore;
import dev.switchboard.core.store.Stores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link SipIpAddressStore} does. Extend it and hand over empty stores for each test. */
public abstract class SipIpAddressStoreContract {
    private static final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String OTHER_ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final SipIpAccessControlList OFFICE = ipAccessControlList(ACCOUNT, "Office");
    private static final SipIpAccessControlList LAB = ipAccessControlList(ACCOUNT, "Lab");

    protected abstract Stores stores();

    private SipIpAddressStore ips() {
        return stores().sip().ipAddresses();
    }

    @Test
    void addressesRoundTripAndFindIsScopedToAccountAndList() {
        SipIpAddress a = ipAddress(OFFICE, "192.168.1.0", 24);
        ips().create(a);

        assertThat(ips().find(ACCOUNT, OFFICE.sid(), a.sid())).contains(a);
        assertThat(ips().find(ACCOUNT, LAB.sid(), a.sid())).isEmpty();
        assertThat(ips().find(OTHER_ACCOUNT, OFFICE.sid(), a.sid())).isEmpty();
        assertThatThrownBy(() -> ips().create(a)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void updateReplacesEveryFieldOnlyInTheSameAccountAndList() {
        SipIpAddress a = ipAddress(OFFICE, "10.0.0.1", 32);
        ips().create(a);
        SipIpAddress moved = new SipIpAddress(a.sid(), ACCOUNT, OFFICE.sid(), "moved", "10.1.0.0", 16,
                a.dateCreated(), at(60));

        assertThat(ips().update(new SipIpAddress(a.sid(), OTHER_ACCOUNT, OFFICE.sid(), "x", "1.1.1.1", 32,
                a.dateCreated(), at(60)))).isFalse();
        assertThat(ips().update(new SipIpAddress(a.sid(), ACCOUNT, LAB.sid(), "x", "1.1.1.1", 32,
                a.dateCreated(), at(60)))).isFalse();
        assertThat(ips().find(ACCOUNT, OFFICE.sid(), a.sid())).contains(a);
        assertThat(ips().update(moved)).isTrue();
        assertThat(ips().find(ACCOUNT, OFFICE.sid(), a.sid())).contains(moved);
    }

    @Test
    void deleteIsScopedAndDeleteAllEmptiesOneList() {
        SipIpAddress a = ipAddress(OFFICE, "10.0.0.1", 32);
        SipIpAddress b = ipAddress(OFFICE, "10.0.0.2", 32);
        SipIpAddress c = ipAddress(LAB, "10.0.0.3", 32);
        for (SipIpAddress x : List.of(a, b, c)) ips().create(x);

        assertThat(ips().delete(ACCOUNT, LAB.sid(), a.sid())).isFalse();
        assertThat(ips().delete(OTHER_ACCOUNT, OFFICE.sid(), a.sid())).isFalse();
        assertThat(ips().delete(ACCOUNT, OFFICE.sid(), a.sid())).isTrue();
        assertThat(ips().delete(ACCOUNT, OFFICE.sid(), a.sid())).isFalse();
        assertThat(ips().deleteAll(OTHER_ACCOUNT, OFFICE.sid())).isZero();
        assertThat(ips().deleteAll(ACCOUNT, OFFICE.sid())).isEqualTo(1);
        assertThat(ips().list(ACCOUNT, OFFICE.sid(), PageRequest.first(10)).items()).isEmpty();
        assertThat(ips().list(ACCOUNT, LAB.sid(), PageRequest.first(10)).items()).containsExactly(c);
    }

    @Test
    void listPagesThroughOneListsAddressesOldestFirst() {
        List<SipIpAddress> office = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            SipIpAddress a = ipAddress(OFFICE, "10.0.0." + i, 32);
            ips().create(a);
            ips().create(ipAddress(LAB, "10.0.1." + i, 32));
            office.add(a);
        }
        PagingChecks.assertPagesThrough(office, page -> ips().list(ACCOUNT, OFFICE.sid(), page), SipIpAddress::sid);
        assertThat(ips().count(ACCOUNT, OFFICE.sid())).isEqualTo(7);
        assertThat(ips().count(OTHER_ACCOUNT, OFFICE.sid())).isZero();
    }
}
