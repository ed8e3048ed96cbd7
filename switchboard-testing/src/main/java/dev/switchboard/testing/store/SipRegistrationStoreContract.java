package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.T0;
import static dev.switchboard.testing.store.SipFixtures.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.sip.SipRegistration;
import dev.switchboard.core.store.SipRegistrationStore;
import dev.switchboard.core.store.Stores;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link SipRegistrationStore} does. Extend it and hand over empty stores for each test. */
public abstract class SipRegistrationStoreContract {
    private static final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String DOMAIN = Sids.next(SidPrefix.SIP_DOMAIN);
    private static final String OTHER_DOMAIN = Sids.next(SidPrefix.SIP_DOMAIN);
    private static final Instant NOW = T0.plusSeconds(100);

    protected abstract Stores stores();

    private SipRegistrationStore registrations() {
        return stores().sip().registrations();
    }

    private static SipRegistration refreshed(SipRegistration r, Instant expiresAt, long cseq) {
        return new SipRegistration(r.accountSid(), r.domainSid(), r.user(), r.contact(), expiresAt, "other-call-id", cseq,
                "198.51.100.7", 61000, "tcp", null, NOW);
    }

    @Test
    void aBindingRoundTripsEveryFieldAndOnlyLiveOnesAreAnswered() {
        SipRegistration live = registration(ACCOUNT, DOMAIN, "alice", "<sip:alice@192.0.2.4:5060>", NOW.plusSeconds(600));
        SipRegistration expired = registration(ACCOUNT, DOMAIN, "alice", "sip:alice@192.0.2.5", NOW);
        registrations().put(live);
        registrations().put(expired);

        assertThat(registrations().bindings(DOMAIN, "alice", NOW)).containsExactly(live);
        assertThat(registrations().bindings(DOMAIN, "alice", NOW.minusSeconds(1))).containsExactly(live, expired);
        assertThat(registrations().bindings(DOMAIN, "bob", NOW)).isEmpty();
        assertThat(registrations().bindings(OTHER_DOMAIN, "alice", NOW)).isEmpty();
        assertThat(registrations().bindings(DOMAIN, "Alice", NOW)).as("users are case-sensitive").isEmpty();
    }

    @Test
    void putReplacesTheBindingOfTheSameContactAndKeepsItsPlace() {
        SipRegistration first = registration(ACCOUNT, DOMAIN, "alice", "sip:alice@192.0.2.4", NOW.plusSeconds(60));
        SipRegistration second = registration(ACCOUNT, DOMAIN, "alice", "sip:alice@192.0.2.9", NOW.plusSeconds(60));
        registrations().put(first);
        registrations().put(second);
        SipRegistration refresh = refreshed(first, NOW.plusSeconds(3600), 314160);
        registrations().put(refresh);

        assertThat(registrations().bindings(DOMAIN, "alice", NOW)).containsExactly(refresh, second);
    }

    @Test
    void removeTakesOneBindingAndRemoveAllEveryBindingOfAUser() {
        registrations().put(registration(ACCOUNT, DOMAIN, "alice", "sip:a1@192.0.2.4", NOW.plusSeconds(60)));
        registrations().put(registration(ACCOUNT, DOMAIN, "alice", "sip:a2@192.0.2.4", NOW.plusSeconds(60)));
        SipRegistration bob = registration(ACCOUNT, DOMAIN, "bob", "sip:b@192.0.2.4", NOW.plusSeconds(60));
        registrations().put(bob);

        assertThat(registrations().remove(DOMAIN, "alice", "sip:a1@192.0.2.4")).isTrue();
        assertThat(registrations().remove(DOMAIN, "alice", "sip:a1@192.0.2.4")).isFalse();
        assertThat(registrations().remove(OTHER_DOMAIN, "alice", "sip:a2@192.0.2.4")).isFalse();
        assertThat(registrations().removeAll(DOMAIN, "alice")).isEqualTo(1);
        assertThat(registrations().bindings(DOMAIN, "alice", NOW)).isEmpty();
        assertThat(registrations().bindings(DOMAIN, "bob", NOW)).containsExactly(bob);
    }

    @Test
    void purgeExpiredRemovesOnlyBindingsExpiredAtThatInstant() {
        registrations().put(registration(ACCOUNT, DOMAIN, "alice", "sip:a@192.0.2.4", NOW.minusSeconds(1)));
        registrations().put(registration(ACCOUNT, OTHER_DOMAIN, "carol", "sip:c@192.0.2.4", NOW));
        SipRegistration live = registration(ACCOUNT, DOMAIN, "bob", "sip:b@192.0.2.4", NOW.plusNanos(1000));
        registrations().put(live);

        assertThat(registrations().purgeExpired(NOW)).isEqualTo(2);
        assertThat(registrations().purgeExpired(NOW)).isZero();
        assertThat(registrations().bindings(DOMAIN, "bob", NOW)).containsExactly(live);
    }

    @Test
    void removeDomainRemovesEveryBindingOfThatDomainOnly() {
        registrations().put(registration(ACCOUNT, DOMAIN, "alice", "sip:a@192.0.2.4", NOW.plusSeconds(60)));
        registrations().put(registration(ACCOUNT, DOMAIN, "bob", "sip:b@192.0.2.4", NOW.plusSeconds(60)));
        SipRegistration kept = registration(ACCOUNT, OTHER_DOMAIN, "alice", "sip:a@192.0.2.4", NOW.plusSeconds(60));
        registrations().put(kept);

        assertThat(registrations().removeDomain(DOMAIN)).isEqualTo(2);
        assertThat(registrations().bindings(DOMAIN, "alice", NOW)).isEmpty();
        assertThat(registrations().bindings(OTHER_DOMAIN, "alice", NOW)).containsExactly(kept);
    }

    @Test
    void aBindingWithoutARequiredFieldIsRefused() {
        SipRegistration noContact = new SipRegistration(ACCOUNT, DOMAIN, "alice", null, NOW, "c", 1, "192.0.2.4", 5060,
                "udp", null, NOW);
        assertThatThrownBy(() -> registrations().put(noContact)).isInstanceOf(NullPointerException.class);
    }
}
