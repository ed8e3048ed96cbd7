package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.application;
import static dev.switchboard.testing.store.DirectoryFixtures.at;
import static dev.switchboard.testing.store.DirectoryFixtures.fullApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.account.Application;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.ApplicationStore;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ApplicationStore} does. Extend it and hand over empty stores for each test. */
public abstract class ApplicationStoreContract {
    private static final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String OTHER_ACCOUNT = Sids.next(SidPrefix.ACCOUNT);

    /** The stores under test, empty at the start of each test. */
    protected abstract Stores stores();

    private ApplicationStore apps() {
        return stores().applications();
    }

    @Test
    void createdApplicationsRoundTripEveryFieldNullsAndBooleans() {
        Application full = fullApplication(ACCOUNT);
        Application sparse = application(ACCOUNT, null);
        apps().create(full);
        apps().create(sparse);

        assertThat(apps().find(ACCOUNT, full.sid())).contains(full);
        assertThat(apps().find(ACCOUNT, sparse.sid())).contains(sparse);
    }

    @Test
    void findIsScopedToTheAccountButFindBySidIsNot() {
        Application app = fullApplication(ACCOUNT);
        apps().create(app);

        assertThat(apps().find(OTHER_ACCOUNT, app.sid())).isEmpty();
        assertThat(apps().findBySid(app.sid())).contains(app);
        assertThat(apps().findBySid(Sids.next(SidPrefix.APPLICATION))).isEmpty();
    }

    @Test
    void createWithATakenSidThrowsAndKeepsTheFirst() {
        Application app = fullApplication(ACCOUNT);
        apps().create(app);
        Application clash = withSid(application(OTHER_ACCOUNT, "Clash"), app.sid());

        assertThatThrownBy(() -> apps().create(clash)).isInstanceOf(DuplicateKeyException.class);
        assertThat(apps().findBySid(app.sid())).contains(app);
    }

    @Test
    void updateReplacesEveryFieldIncludingBooleansAndNulls() {
        Application full = fullApplication(ACCOUNT);
        apps().create(full);
        Application cleared = withSid(application(ACCOUNT, "Cleared"), full.sid());

        assertThat(apps().update(cleared)).isTrue();
        assertThat(apps().find(ACCOUNT, full.sid())).contains(cleared);
        assertThat(apps().update(full)).isTrue();
        assertThat(apps().find(ACCOUNT, full.sid())).contains(full);
    }

    @Test
    void updateFromAnotherAccountOrOfAnUnknownApplicationChangesNothing() {
        Application app = fullApplication(ACCOUNT);
        apps().create(app);

        assertThat(apps().update(withSid(application(OTHER_ACCOUNT, "Mine now"), app.sid()))).isFalse();
        assertThat(apps().update(application(ACCOUNT, "Ghost"))).isFalse();
        assertThat(apps().findBySid(app.sid())).contains(app);
        assertThat(apps().list(ACCOUNT, Optional.empty(), PageRequest.first(10)).items()).containsExactly(app);
    }

    @Test
    void deleteIsScopedToTheAccount() {
        Application app = fullApplication(ACCOUNT);
        apps().create(app);

        assertThat(apps().delete(OTHER_ACCOUNT, app.sid())).isFalse();
        assertThat(apps().findBySid(app.sid())).contains(app);
        assertThat(apps().delete(ACCOUNT, app.sid())).isTrue();
        assertThat(apps().findBySid(app.sid())).isEmpty();
        assertThat(apps().delete(ACCOUNT, app.sid())).isFalse();
    }

    @Test
    void listFiltersByExactFriendlyName() {
        Application a = application(ACCOUNT, "Support");
        Application b = application(ACCOUNT, "support");
        Application c = application(ACCOUNT, "Support");
        Application d = application(ACCOUNT, null);
        Application theirs = application(OTHER_ACCOUNT, "Support");
        for (Application x : List.of(a, b, c, d, theirs)) apps().create(x);

        assertThat(apps().list(ACCOUNT, Optional.of("Support"), PageRequest.first(10)).items()).containsExactly(a, c);
        assertThat(apps().list(ACCOUNT, Optional.of("Supp"), PageRequest.first(10)).items()).isEmpty();
        assertThat(apps().list(ACCOUNT, Optional.empty(), PageRequest.first(10)).items()).containsExactly(a, b, c, d);
    }

    @Test
    void listPagesByOffsetAndByAfterSidWithAndWithoutAFilter() {
        List<Application> all = new ArrayList<>();
        List<Application> even = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Application app = application(ACCOUNT, i % 2 == 0 ? "Even" : "Odd");
            apps().create(app);
            apps().create(application(OTHER_ACCOUNT, "Even"));
            all.add(app);
            if (i % 2 == 0) even.add(app);
        }

        PagingChecks.assertPagesThrough(all, page -> apps().list(ACCOUNT, Optional.empty(), page), Application::sid);
        PagingChecks.assertPagesThrough(even, page -> apps().list(ACCOUNT, Optional.of("Even"), page),
                Application::sid);
    }

    private static Application withSid(Application a, String sid) {
        return new Application(sid, a.accountSid(), a.friendlyName(), a.apiVersion(), a.voiceUrl(),
                a.voiceMethod(), a.voiceFallbackUrl(), a.voiceFallbackMethod(), a.statusCallback(),
                a.statusCallbackMethod(), a.voiceCallerIdLookup(), a.smsUrl(), a.smsMethod(), a.smsFallbackUrl(),
                a.smsFallbackMethod(), a.smsStatusCallback(), a.messageStatusCallback(),
                a.publicApplicationConnectEnabled(), a.dateCreated(), at(50));
    }
}
