package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.at;
import static dev.switchboard.testing.store.DirectoryFixtures.twimlBin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.account.TwimlBin;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.Stores;
import dev.switchboard.core.store.TwimlBinStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link TwimlBinStore} does. Extend it and hand over empty stores for each test. */
public abstract class TwimlBinStoreContract {
    private static final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String OTHER_ACCOUNT = Sids.next(SidPrefix.ACCOUNT);

    /** The stores under test, empty at the start of each test. */
    protected abstract Stores stores();

    private TwimlBinStore bins() {
        return stores().twimlBins();
    }

    @Test
    void createdBinsRoundTripEveryFieldIncludingANullNameAndALargeTemplate() {
        TwimlBin named = twimlBin(ACCOUNT, "Greeting");
        TwimlBin unnamed = new TwimlBin(Sids.next(SidPrefix.TWIML_BIN), ACCOUNT, null,
                "<Response><Say>" + "x".repeat(64 * 1024) + "</Say></Response>", at(1), at(2));
        bins().create(named);
        bins().create(unnamed);

        assertThat(bins().find(ACCOUNT, named.sid())).contains(named);
        assertThat(bins().find(ACCOUNT, unnamed.sid())).contains(unnamed);
    }

    @Test
    void findIsScopedToTheAccountButFindBySidIsNot() {
        TwimlBin bin = twimlBin(ACCOUNT, "Greeting");
        bins().create(bin);

        assertThat(bins().find(OTHER_ACCOUNT, bin.sid())).isEmpty();
        assertThat(bins().findBySid(bin.sid())).contains(bin);
        assertThat(bins().findBySid(Sids.next(SidPrefix.TWIML_BIN))).isEmpty();
    }

    @Test
    void createWithATakenSidThrowsAndKeepsTheFirst() {
        TwimlBin bin = twimlBin(ACCOUNT, "Greeting");
        bins().create(bin);
        TwimlBin clash = new TwimlBin(bin.sid(), OTHER_ACCOUNT, "Clash", "<Response/>", at(5), at(5));

        assertThatThrownBy(() -> bins().create(clash)).isInstanceOf(DuplicateKeyException.class);
        assertThat(bins().findBySid(bin.sid())).contains(bin);
    }

    @Test
    void createWithoutATemplateIsRefused() {
        TwimlBin noTemplate = new TwimlBin(Sids.next(SidPrefix.TWIML_BIN), ACCOUNT, "Empty", null, at(0), at(0));

        assertThatThrownBy(() -> bins().create(noTemplate)).isInstanceOf(NullPointerException.class);
        assertThat(bins().list(ACCOUNT, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void updateReplacesNameTemplateAndDatesButOnlyInTheOwningAccount() {
        TwimlBin bin = twimlBin(ACCOUNT, "Greeting");
        bins().create(bin);
        TwimlBin changed = new TwimlBin(bin.sid(), ACCOUNT, null, "<Response><Hangup/></Response>",
                bin.dateCreated(), at(60));

        assertThat(bins().update(new TwimlBin(bin.sid(), OTHER_ACCOUNT, "Mine", "<Response/>", at(0), at(0)))).isFalse();
        assertThat(bins().update(twimlBin(ACCOUNT, "Ghost"))).isFalse();
        assertThat(bins().findBySid(bin.sid())).contains(bin);
        assertThat(bins().update(changed)).isTrue();
        assertThat(bins().find(ACCOUNT, bin.sid())).contains(changed);
    }

    @Test
    void deleteIsScopedToTheAccount() {
        TwimlBin bin = twimlBin(ACCOUNT, "Greeting");
        bins().create(bin);

        assertThat(bins().delete(OTHER_ACCOUNT, bin.sid())).isFalse();
        assertThat(bins().findBySid(bin.sid())).contains(bin);
        assertThat(bins().delete(ACCOUNT, bin.sid())).isTrue();
        assertThat(bins().findBySid(bin.sid())).isEmpty();
        assertThat(bins().delete(ACCOUNT, bin.sid())).isFalse();
    }

    @Test
    void listIsOldestFirstWithinTheAccountAndPagesByOffsetAndAfterSid() {
        List<TwimlBin> mine = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            TwimlBin bin = twimlBin(ACCOUNT, "Bin " + i);
            bins().create(bin);
            bins().create(twimlBin(OTHER_ACCOUNT, "Theirs " + i));
            mine.add(bin);
        }

        assertThat(bins().list(ACCOUNT, PageRequest.first(100)).items()).containsExactlyElementsOf(mine);
        PagingChecks.assertPagesThrough(mine, page -> bins().list(ACCOUNT, page), TwimlBin::sid);
    }
}
