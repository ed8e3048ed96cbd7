package dev.switchboard.testing.store;

import static dev.switchboard.core.sip.TrunkListKind.CREDENTIAL_LIST;
import static dev.switchboard.core.sip.TrunkListKind.IP_ACCESS_CONTROL_LIST;
import static dev.switchboard.testing.store.DirectoryFixtures.T0;
import static dev.switchboard.testing.store.DirectoryFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.sip.TrunkListKind;
import dev.switchboard.core.sip.TrunkListMapping;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.Stores;
import dev.switchboard.core.store.TrunkListMappingStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link TrunkListMappingStore} does. Extend it and hand over empty stores for each test. */
public abstract class TrunkListMappingStoreContract {
    private static final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String OTHER_ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String TRUNK = Sids.next(SidPrefix.TRUNK);
    private static final String OTHER_TRUNK = Sids.next(SidPrefix.TRUNK);

    protected abstract Stores stores();

    private TrunkListMappingStore lists() {
        return stores().sip().trunkLists();
    }

    private static TrunkListMapping mapping(String trunk, TrunkListKind kind, String listSid) {
        return new TrunkListMapping(ACCOUNT, trunk, kind, listSid, T0, at(1));
    }

    @Test
    void aListIsAssociatedOncePerTrunkAndKindAndFoundInItsScopeOnly() {
        String cl = Sids.next(SidPrefix.SIP_CREDENTIAL_LIST);
        TrunkListMapping m = mapping(TRUNK, CREDENTIAL_LIST, cl);
        lists().create(m);

        assertThat(lists().find(ACCOUNT, TRUNK, CREDENTIAL_LIST, cl)).contains(m);
        assertThat(lists().find(ACCOUNT, TRUNK, IP_ACCESS_CONTROL_LIST, cl)).isEmpty();
        assertThat(lists().find(ACCOUNT, OTHER_TRUNK, CREDENTIAL_LIST, cl)).isEmpty();
        assertThat(lists().find(OTHER_ACCOUNT, TRUNK, CREDENTIAL_LIST, cl)).isEmpty();
        assertThatThrownBy(() -> lists().create(mapping(TRUNK, CREDENTIAL_LIST, cl)))
                .isInstanceOf(DuplicateKeyException.class);
        lists().create(mapping(OTHER_TRUNK, CREDENTIAL_LIST, cl)); // the same list on another trunk
        assertThat(lists().isMapped(ACCOUNT, cl)).isTrue();
        assertThat(lists().isMapped(OTHER_ACCOUNT, cl)).isFalse();
    }

    @Test
    void deleteRemovesOneAssociationAndDeleteAllOneTrunks() {
        String cl = Sids.next(SidPrefix.SIP_CREDENTIAL_LIST);
        String al = Sids.next(SidPrefix.SIP_IP_ACCESS_CONTROL_LIST);
        lists().create(mapping(TRUNK, CREDENTIAL_LIST, cl));
        lists().create(mapping(TRUNK, IP_ACCESS_CONTROL_LIST, al));
        lists().create(mapping(OTHER_TRUNK, IP_ACCESS_CONTROL_LIST, al));

        assertThat(lists().delete(OTHER_ACCOUNT, TRUNK, CREDENTIAL_LIST, cl)).isFalse();
        assertThat(lists().delete(ACCOUNT, TRUNK, CREDENTIAL_LIST, cl)).isTrue();
        assertThat(lists().delete(ACCOUNT, TRUNK, CREDENTIAL_LIST, cl)).isFalse();
        assertThat(lists().isMapped(ACCOUNT, cl)).isFalse();
        assertThat(lists().deleteAll(ACCOUNT, TRUNK)).isEqualTo(1);
        assertThat(lists().find(ACCOUNT, OTHER_TRUNK, IP_ACCESS_CONTROL_LIST, al)).isPresent();
        assertThat(lists().isMapped(ACCOUNT, al)).isTrue();
    }

    @Test
    void listPagesThroughOneTrunksListsOfOneKindOldestFirst() {
        List<TrunkListMapping> mine = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TrunkListMapping m = mapping(TRUNK, IP_ACCESS_CONTROL_LIST, Sids.next(SidPrefix.SIP_IP_ACCESS_CONTROL_LIST));
            lists().create(m);
            lists().create(mapping(TRUNK, CREDENTIAL_LIST, Sids.next(SidPrefix.SIP_CREDENTIAL_LIST)));
            lists().create(mapping(OTHER_TRUNK, IP_ACCESS_CONTROL_LIST, m.listSid()));
            mine.add(m);
        }
        assertThat(lists().list(ACCOUNT, TRUNK, IP_ACCESS_CONTROL_LIST, PageRequest.first(50)).items())
                .containsExactlyElementsOf(mine);
        PagingChecks.assertPagesThrough(mine, page -> lists().list(ACCOUNT, TRUNK, IP_ACCESS_CONTROL_LIST, page),
                TrunkListMapping::listSid);
    }
}
