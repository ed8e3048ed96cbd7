package dev.switchboard.testing.store;

import static dev.switchboard.core.sip.SipMappingKind.CALLS_CREDENTIAL_LIST;
import static dev.switchboard.core.sip.SipMappingKind.CALLS_IP_ACCESS_CONTROL_LIST;
import static dev.switchboard.core.sip.SipMappingKind.REGISTRATIONS_CREDENTIAL_LIST;
import static dev.switchboard.testing.store.DirectoryFixtures.T0;
import static dev.switchboard.testing.store.DirectoryFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.sip.SipDomainMapping;
import dev.switchboard.core.sip.SipMappingKind;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.SipDomainMappingStore;
import dev.switchboard.core.store.Stores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link SipDomainMappingStore} does. Extend it and hand over empty stores for each test. */
public abstract class SipDomainMappingStoreContract {
    private static final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String OTHER_ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String DOMAIN = Sids.next(SidPrefix.SIP_DOMAIN);
    private static final String OTHER_DOMAIN = Sids.next(SidPrefix.SIP_DOMAIN);

    protected abstract Stores stores();

    private SipDomainMappingStore mappings() {
        return stores().sip().mappings();
    }

    private static SipDomainMapping mapping(String domain, SipMappingKind kind, String listSid) {
        return new SipDomainMapping(ACCOUNT, domain, kind, listSid, T0, at(1));
    }

    @Test
    void mappingsRoundTripAndAreFoundByDomainKindAndList() {
        String cl = Sids.next(SidPrefix.SIP_CREDENTIAL_LIST);
        SipDomainMapping m = mapping(DOMAIN, CALLS_CREDENTIAL_LIST, cl);
        mappings().create(m);

        assertThat(mappings().find(ACCOUNT, DOMAIN, CALLS_CREDENTIAL_LIST, cl)).contains(m);
        assertThat(mappings().find(ACCOUNT, DOMAIN, REGISTRATIONS_CREDENTIAL_LIST, cl)).isEmpty();
        assertThat(mappings().find(ACCOUNT, OTHER_DOMAIN, CALLS_CREDENTIAL_LIST, cl)).isEmpty();
        assertThat(mappings().find(OTHER_ACCOUNT, DOMAIN, CALLS_CREDENTIAL_LIST, cl)).isEmpty();
    }

    @Test
    void aListIsMappedOncePerDomainAndKindButMayBeMappedElsewhere() {
        String cl = Sids.next(SidPrefix.SIP_CREDENTIAL_LIST);
        mappings().create(mapping(DOMAIN, CALLS_CREDENTIAL_LIST, cl));

        assertThatThrownBy(() -> mappings().create(mapping(DOMAIN, CALLS_CREDENTIAL_LIST, cl)))
                .isInstanceOf(DuplicateKeyException.class);
        mappings().create(mapping(DOMAIN, REGISTRATIONS_CREDENTIAL_LIST, cl));
        mappings().create(mapping(OTHER_DOMAIN, CALLS_CREDENTIAL_LIST, cl));
        assertThat(mappings().list(ACCOUNT, DOMAIN, CALLS_CREDENTIAL_LIST, PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void deleteIsScopedAndIsMappedFollowsEveryKind() {
        String cl = Sids.next(SidPrefix.SIP_CREDENTIAL_LIST);
        String al = Sids.next(SidPrefix.SIP_IP_ACCESS_CONTROL_LIST);
        mappings().create(mapping(DOMAIN, REGISTRATIONS_CREDENTIAL_LIST, cl));
        mappings().create(mapping(DOMAIN, CALLS_IP_ACCESS_CONTROL_LIST, al));

        assertThat(mappings().isMapped(ACCOUNT, cl)).isTrue();
        assertThat(mappings().isMapped(OTHER_ACCOUNT, cl)).isFalse();
        assertThat(mappings().delete(ACCOUNT, DOMAIN, CALLS_CREDENTIAL_LIST, cl)).isFalse();
        assertThat(mappings().delete(OTHER_ACCOUNT, DOMAIN, REGISTRATIONS_CREDENTIAL_LIST, cl)).isFalse();
        assertThat(mappings().delete(ACCOUNT, DOMAIN, REGISTRATIONS_CREDENTIAL_LIST, cl)).isTrue();
        assertThat(mappings().delete(ACCOUNT, DOMAIN, REGISTRATIONS_CREDENTIAL_LIST, cl)).isFalse();
        assertThat(mappings().isMapped(ACCOUNT, cl)).isFalse();
        assertThat(mappings().isMapped(ACCOUNT, al)).isTrue();
    }

    @Test
    void deleteAllEmptiesOneDomain() {
        String cl = Sids.next(SidPrefix.SIP_CREDENTIAL_LIST);
        mappings().create(mapping(DOMAIN, CALLS_CREDENTIAL_LIST, cl));
        mappings().create(mapping(DOMAIN, REGISTRATIONS_CREDENTIAL_LIST, cl));
        mappings().create(mapping(OTHER_DOMAIN, CALLS_CREDENTIAL_LIST, cl));

        assertThat(mappings().deleteAll(OTHER_ACCOUNT, DOMAIN)).isZero();
        assertThat(mappings().deleteAll(ACCOUNT, DOMAIN)).isEqualTo(2);
        assertThat(mappings().list(ACCOUNT, DOMAIN, CALLS_CREDENTIAL_LIST, PageRequest.first(10)).items()).isEmpty();
        assertThat(mappings().isMapped(ACCOUNT, cl)).isTrue();
    }

    @Test
    void listPagesThroughOneDomainsMappingsOfOneKindOldestFirstByListSid() {
        List<SipDomainMapping> calls = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String cl = Sids.next(SidPrefix.SIP_CREDENTIAL_LIST);
            SipDomainMapping m = new SipDomainMapping(ACCOUNT, DOMAIN, CALLS_CREDENTIAL_LIST, cl, T0, at(i));
            mappings().create(m);
            mappings().create(mapping(DOMAIN, REGISTRATIONS_CREDENTIAL_LIST, cl));
            mappings().create(mapping(OTHER_DOMAIN, CALLS_CREDENTIAL_LIST, cl));
            calls.add(m);
        }
        PagingChecks.assertPagesThrough(calls,
                page -> mappings().list(ACCOUNT, DOMAIN, CALLS_CREDENTIAL_LIST, page), SipDomainMapping::listSid);
    }
}
