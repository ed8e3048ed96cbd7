package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.at;
import static dev.switchboard.testing.store.SipFixtures.domain;
import static dev.switchboard.testing.store.SipFixtures.fullDomain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.sip.SipDomain;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.SipDomainStore;
import dev.switchboard.core.store.Stores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link SipDomainStore} does. Extend it and hand over empty stores for each test. */
public abstract class SipDomainStoreContract {
    private static final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String OTHER_ACCOUNT = Sids.next(SidPrefix.ACCOUNT);

    protected abstract Stores stores();

    private SipDomainStore domains() {
        return stores().sip().domains();
    }

    @Test
    void domainsRoundTripEveryFieldNullsAndBooleans() {
        SipDomain full = fullDomain(ACCOUNT, "scranton.sip.localhost");
        SipDomain sparse = domain(ACCOUNT, "stamford.sip.localhost");
        domains().create(full);
        domains().create(sparse);

        assertThat(domains().find(ACCOUNT, full.sid())).contains(full);
        assertThat(domains().find(ACCOUNT, sparse.sid())).contains(sparse);
        assertThat(domains().find(OTHER_ACCOUNT, full.sid())).isEmpty();
    }

    @Test
    void domainNamesArePlatformWideAndFoundFromAnyAccount() {
        SipDomain mine = domain(ACCOUNT, "acme.sip.localhost");
        domains().create(mine);

        assertThat(domains().findByDomainName("acme.sip.localhost")).contains(mine);
        assertThat(domains().findByDomainName("other.sip.localhost")).isEmpty();
        assertThatThrownBy(() -> domains().create(domain(OTHER_ACCOUNT, "acme.sip.localhost")))
                .isInstanceOf(DuplicateKeyException.class);
        SipDomain theirs = domain(OTHER_ACCOUNT, "beta.sip.localhost");
        domains().create(theirs);
        SipDomain grab = new SipDomain(theirs.sid(), OTHER_ACCOUNT, "acme.sip.localhost", null, null, "POST", null,
                "POST", null, "POST", false, false, false, null, null, theirs.dateCreated(), at(9));
        assertThatThrownBy(() -> domains().update(grab)).isInstanceOf(DuplicateKeyException.class);
        assertThat(domains().find(OTHER_ACCOUNT, theirs.sid())).contains(theirs);
    }

    @Test
    void updateReplacesEveryFieldAndAFreedNameCanBeTakenAgain() {
        SipDomain full = fullDomain(ACCOUNT, "one.sip.localhost");
        domains().create(full);
        SipDomain cleared = new SipDomain(full.sid(), ACCOUNT, "two.sip.localhost", null, null, "POST", null, "POST",
                null, "POST", false, false, false, null, null, full.dateCreated(), at(20));

        assertThat(domains().update(cleared)).isTrue();
        assertThat(domains().find(ACCOUNT, full.sid())).contains(cleared);
        domains().create(domain(OTHER_ACCOUNT, "one.sip.localhost"));
        assertThat(domains().update(new SipDomain(full.sid(), OTHER_ACCOUNT, "three.sip.localhost", null, null, "POST",
                null, "POST", null, "POST", false, false, false, null, null, full.dateCreated(), at(21)))).isFalse();
    }

    @Test
    void deleteIsScopedToTheAccountAndFreesTheName() {
        SipDomain d = domain(ACCOUNT, "gone.sip.localhost");
        domains().create(d);

        assertThat(domains().delete(OTHER_ACCOUNT, d.sid())).isFalse();
        assertThat(domains().delete(ACCOUNT, d.sid())).isTrue();
        assertThat(domains().delete(ACCOUNT, d.sid())).isFalse();
        assertThat(domains().findByDomainName("gone.sip.localhost")).isEmpty();
        domains().create(domain(OTHER_ACCOUNT, "gone.sip.localhost"));
    }

    @Test
    void subDomainsAreFoundAcrossAccountsByWholeLabels() {
        domains().create(domain(ACCOUNT, "office.sip.localhost"));
        domains().create(domain(ACCOUNT, "backoffice.sip.localhost"));
        assertThat(domains().hasSubdomains("office.sip.localhost")).isFalse();
        domains().create(domain(OTHER_ACCOUNT, "east.office.sip.localhost"));
        assertThat(domains().hasSubdomains("office.sip.localhost")).isTrue();
        assertThat(domains().hasSubdomains("east.office.sip.localhost")).isFalse();
        assertThat(domains().hasSubdomains("backoffice.sip.localhost")).isFalse();
    }

    @Test
    void listPagesThroughOneAccountsDomainsOldestFirst() {
        List<SipDomain> mine = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            SipDomain d = domain(ACCOUNT, "mine" + i + ".sip.localhost");
            domains().create(d);
            domains().create(domain(OTHER_ACCOUNT, "theirs" + i + ".sip.localhost"));
            mine.add(d);
        }
        assertThat(domains().list(ACCOUNT, PageRequest.first(50)).items()).containsExactlyElementsOf(mine);
        assertThat(domains().count(ACCOUNT)).isEqualTo(7);
        assertThat(domains().count(Sids.next(SidPrefix.ACCOUNT))).isZero();
        PagingChecks.assertPagesThrough(mine, page -> domains().list(ACCOUNT, page), SipDomain::sid);
    }
}
