package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.at;
import static dev.switchboard.testing.store.DirectoryFixtures.phoneNumber;
import static dev.switchboard.testing.store.DirectoryFixtures.withTrunk;
import static dev.switchboard.testing.store.SipFixtures.fullTrunk;
import static dev.switchboard.testing.store.SipFixtures.trunk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.sip.Trunk;
import dev.switchboard.core.sip.TrunkRecordingMode;
import dev.switchboard.core.sip.TrunkRecordingTrim;
import dev.switchboard.core.sip.TrunkTransferCallerId;
import dev.switchboard.core.sip.TrunkTransferMode;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.Stores;
import dev.switchboard.core.store.TrunkStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link TrunkStore} does (with the phone number store beside it). Extend it and hand over empty stores. */
public abstract class TrunkStoreContract {
    private static final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String OTHER_ACCOUNT = Sids.next(SidPrefix.ACCOUNT);

    protected abstract Stores stores();

    private TrunkStore trunks() {
        return stores().sip().trunks();
    }

    private static Trunk renamed(Trunk t, String domainName, String accountSid) {
        return new Trunk(t.sid(), accountSid, null, domainName, null, "POST", TrunkTransferMode.ENABLE_ALL,
                TrunkTransferCallerId.FROM_TRANSFEREE, false, false, TrunkRecordingMode.RECORD_FROM_RINGING,
                TrunkRecordingTrim.DO_NOT_TRIM, t.dateCreated(), at(30));
    }

    @Test
    void trunksRoundTripEveryFieldEnumAndNull() {
        Trunk full = fullTrunk(ACCOUNT, "office.pstn.localhost");
        Trunk sparse = trunk(ACCOUNT);
        trunks().create(full);
        trunks().create(sparse);

        assertThat(trunks().find(ACCOUNT, full.sid())).contains(full);
        assertThat(trunks().find(ACCOUNT, sparse.sid())).contains(sparse);
        assertThat(trunks().find(OTHER_ACCOUNT, full.sid())).isEmpty();
    }

    @Test
    void domainNamesArePlatformWideWhileTrunksWithoutOneNeverCollide() {
        Trunk mine = fullTrunk(ACCOUNT, "acme.pstn.localhost");
        trunks().create(mine);
        trunks().create(trunk(ACCOUNT));
        trunks().create(trunk(OTHER_ACCOUNT));

        assertThat(trunks().findByDomainName("acme.pstn.localhost")).contains(mine);
        assertThat(trunks().findByDomainName("other.pstn.localhost")).isEmpty();
        assertThatThrownBy(() -> trunks().create(fullTrunk(OTHER_ACCOUNT, "acme.pstn.localhost")))
                .isInstanceOf(DuplicateKeyException.class);
        Trunk theirs = trunk(OTHER_ACCOUNT);
        trunks().create(theirs);
        assertThatThrownBy(() -> trunks().update(renamed(theirs, "acme.pstn.localhost", OTHER_ACCOUNT)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(trunks().find(OTHER_ACCOUNT, theirs.sid())).contains(theirs);
    }

    @Test
    void updateReplacesEveryFieldIsScopedAndFreesTheOldName() {
        Trunk full = fullTrunk(ACCOUNT, "one.pstn.localhost");
        trunks().create(full);
        Trunk changed = renamed(full, "two.pstn.localhost", ACCOUNT);

        assertThat(trunks().update(changed)).isTrue();
        assertThat(trunks().find(ACCOUNT, full.sid())).contains(changed);
        assertThat(trunks().update(renamed(full, "three.pstn.localhost", OTHER_ACCOUNT))).isFalse();
        trunks().create(fullTrunk(OTHER_ACCOUNT, "one.pstn.localhost"));
    }

    @Test
    void deleteIsScopedToTheAccountAndFreesTheName() {
        Trunk t = fullTrunk(ACCOUNT, "gone.pstn.localhost");
        trunks().create(t);

        assertThat(trunks().delete(OTHER_ACCOUNT, t.sid())).isFalse();
        assertThat(trunks().delete(ACCOUNT, t.sid())).isTrue();
        assertThat(trunks().delete(ACCOUNT, t.sid())).isFalse();
        assertThat(trunks().findByDomainName("gone.pstn.localhost")).isEmpty();
        trunks().create(fullTrunk(OTHER_ACCOUNT, "gone.pstn.localhost"));
    }

    @Test
    void aNumberAttachedToATrunkLeadsToItAndOnlyToATrunkOfItsOwnAccount() {
        Trunk t = trunk(ACCOUNT);
        trunks().create(t);
        IncomingPhoneNumber attached = withTrunk(phoneNumber(ACCOUNT, "+14155550101"), t.sid());
        IncomingPhoneNumber plain = phoneNumber(ACCOUNT, "+14155550102");
        IncomingPhoneNumber foreign = withTrunk(phoneNumber(OTHER_ACCOUNT, "+14155550103"), t.sid());
        stores().phoneNumbers().create(attached);
        stores().phoneNumbers().create(plain);
        stores().phoneNumbers().create(foreign);

        assertThat(trunks().trunkForPhoneNumber("+14155550101")).contains(t);
        assertThat(trunks().trunkForPhoneNumber("+14155550102")).isEmpty();
        assertThat(trunks().trunkForPhoneNumber("+14155550103")).isEmpty();
        assertThat(trunks().trunkForPhoneNumber("+14155550199")).isEmpty();
        assertThat(stores().phoneNumbers().detachTrunk(ACCOUNT, t.sid(), at(40))).isEqualTo(1);
        assertThat(trunks().trunkForPhoneNumber("+14155550101")).isEmpty();
    }

    @Test
    void listPagesThroughOneAccountsTrunksOldestFirst() {
        List<Trunk> mine = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Trunk t = i % 2 == 0 ? trunk(ACCOUNT) : fullTrunk(ACCOUNT, "mine" + i + ".pstn.localhost");
            trunks().create(t);
            trunks().create(trunk(OTHER_ACCOUNT));
            mine.add(t);
        }
        assertThat(trunks().list(ACCOUNT, PageRequest.first(50)).items()).containsExactlyElementsOf(mine);
        PagingChecks.assertPagesThrough(mine, page -> trunks().list(ACCOUNT, page), Trunk::sid);
    }
}
