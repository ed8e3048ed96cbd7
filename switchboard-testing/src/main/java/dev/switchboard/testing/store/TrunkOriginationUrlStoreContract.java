package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.at;
import static dev.switchboard.testing.store.SipFixtures.originationUrl;
import static dev.switchboard.testing.store.SipFixtures.trunk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.sip.TrunkOriginationUrl;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.Stores;
import dev.switchboard.core.store.TrunkOriginationUrlStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link TrunkOriginationUrlStore} does. Extend it and hand over empty stores for each test. */
public abstract class TrunkOriginationUrlStoreContract {
    private static final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String OTHER_ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final Trunk TRUNK = trunk(ACCOUNT);
    private static final Trunk OTHER_TRUNK = trunk(ACCOUNT);

    protected abstract Stores stores();

    private TrunkOriginationUrlStore urls() {
        return stores().sip().originationUrls();
    }

    @Test
    void urlsRoundTripEveryFieldAndAreScopedToTheirTrunkAndAccount() {
        TrunkOriginationUrl on = originationUrl(TRUNK, "sip:pbx.example.com", 65535, 0, true);
        TrunkOriginationUrl off = originationUrl(TRUNK, "sip:backup.example.com;transport=tcp", 1, 65535, false);
        urls().create(on);
        urls().create(off);

        assertThat(urls().find(ACCOUNT, TRUNK.sid(), on.sid())).contains(on);
        assertThat(urls().find(ACCOUNT, TRUNK.sid(), off.sid())).contains(off);
        assertThat(urls().find(ACCOUNT, OTHER_TRUNK.sid(), on.sid())).isEmpty();
        assertThat(urls().find(OTHER_ACCOUNT, TRUNK.sid(), on.sid())).isEmpty();
        assertThatThrownBy(() -> urls().create(on)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void updateAndDeleteMatchOnlyTheirTrunkAndAccount() {
        TrunkOriginationUrl u = originationUrl(TRUNK, "sip:pbx.example.com", 10, 10, true);
        urls().create(u);
        TrunkOriginationUrl changed = new TrunkOriginationUrl(u.sid(), ACCOUNT, TRUNK.sid(), "renamed",
                "sip:other.example.com:5080", 20, 5, false, u.dateCreated(), at(9));
        TrunkOriginationUrl wrongTrunk = new TrunkOriginationUrl(u.sid(), ACCOUNT, OTHER_TRUNK.sid(), "x",
                "sip:x.example.com", 1, 1, true, u.dateCreated(), at(9));

        assertThat(urls().update(wrongTrunk)).isFalse();
        assertThat(urls().update(changed)).isTrue();
        assertThat(urls().find(ACCOUNT, TRUNK.sid(), u.sid())).contains(changed);
        assertThat(urls().delete(ACCOUNT, OTHER_TRUNK.sid(), u.sid())).isFalse();
        assertThat(urls().delete(OTHER_ACCOUNT, TRUNK.sid(), u.sid())).isFalse();
        assertThat(urls().delete(ACCOUNT, TRUNK.sid(), u.sid())).isTrue();
        assertThat(urls().find(ACCOUNT, TRUNK.sid(), u.sid())).isEmpty();
    }

    @Test
    void deleteAllEmptiesOneTrunkOnly() {
        urls().create(originationUrl(TRUNK, "sip:a.example.com", 10, 10, true));
        urls().create(originationUrl(TRUNK, "sip:b.example.com", 10, 10, true));
        TrunkOriginationUrl kept = originationUrl(OTHER_TRUNK, "sip:c.example.com", 10, 10, true);
        urls().create(kept);

        assertThat(urls().deleteAll(ACCOUNT, TRUNK.sid())).isEqualTo(2);
        assertThat(urls().all(ACCOUNT, TRUNK.sid())).isEmpty();
        assertThat(urls().all(ACCOUNT, OTHER_TRUNK.sid())).containsExactly(kept);
    }

    @Test
    void listAndAllGiveOneTrunksUrlsOldestFirst() {
        List<TrunkOriginationUrl> mine = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TrunkOriginationUrl u = originationUrl(TRUNK, "sip:pbx" + i + ".example.com", 10 + i, i % 3, i != 4);
            urls().create(u);
            urls().create(originationUrl(OTHER_TRUNK, "sip:other" + i + ".example.com", 10, 10, true));
            mine.add(u);
        }
        assertThat(urls().all(ACCOUNT, TRUNK.sid())).containsExactlyElementsOf(mine);
        assertThat(urls().list(ACCOUNT, TRUNK.sid(), PageRequest.first(50)).items()).containsExactlyElementsOf(mine);
        PagingChecks.assertPagesThrough(mine, page -> urls().list(ACCOUNT, TRUNK.sid(), page), TrunkOriginationUrl::sid);
    }
}
