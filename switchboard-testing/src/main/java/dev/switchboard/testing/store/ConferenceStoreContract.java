package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.conference.Conference;
import dev.switchboard.core.conference.ConferenceFilter;
import dev.switchboard.core.conference.ConferenceStatus;
import dev.switchboard.core.conference.Participant;
import dev.switchboard.core.conference.ParticipantFilter;
import dev.switchboard.core.conference.ParticipantStatus;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.ConferenceStore;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.ParticipantStore;
import dev.switchboard.core.store.Stores;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ConferenceStore} and {@link ParticipantStore} do. Extend it and hand over empty stores for each test. */
public abstract class ConferenceStoreContract {
    private static final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String OTHER_ACCOUNT = Sids.next(SidPrefix.ACCOUNT);

    /** The stores under test, empty at the start of each test. */
    protected abstract Stores stores();

    private ConferenceStore conferences() { return stores().conferences(); }

    private ParticipantStore participants() { return stores().participants(); }

    static Conference conference(String account, String name, long at) {
        return new Conference(Sids.next(SidPrefix.CONFERENCE), account, name, ConferenceStatus.INIT, "us1", null, null, at(at), at(at));
    }

    static Participant participant(String conferenceSid, String label, boolean muted) {
        return new Participant(Sids.next(SidPrefix.CALL), conferenceSid, ACCOUNT, label, muted, false, false, null, true, false,
                ParticipantStatus.CONNECTED, at(10), at(11));
    }

    @Test
    void conferencesRoundTripEveryFieldAndFindIsScopedToTheAccount() {
        Conference c = conference(ACCOUNT, "room", 1);
        conferences().create(c);
        Conference ended = c.ended("last-participant-left", Sids.next(SidPrefix.CALL), at(5));
        assertThat(conferences().update(ended)).isTrue();

        assertThat(conferences().find(ACCOUNT, c.sid())).contains(ended);
        assertThat(conferences().find(OTHER_ACCOUNT, c.sid())).isEmpty();
        assertThatThrownBy(() -> conferences().create(c)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aNameFindsTheAccountsNewestConferenceThatIsNotCompleted() {
        Conference old = conference(ACCOUNT, "room", 1);
        conferences().create(old);
        conferences().create(conference(OTHER_ACCOUNT, "room", 2));
        assertThat(conferences().findLiveByName(ACCOUNT, "room")).contains(old);

        conferences().update(old.ended("conference-ended-via-api", null, at(3)));
        assertThat(conferences().findLiveByName(ACCOUNT, "room")).isEmpty();
        Conference next = conference(ACCOUNT, "room", 4).withStatus(ConferenceStatus.IN_PROGRESS, at(4));
        conferences().create(next);
        assertThat(conferences().findLiveByName(ACCOUNT, "room")).contains(next);
        assertThat(conferences().findLiveByName(ACCOUNT, "other")).isEmpty();
    }

    @Test
    void listIsNewestFirstAndFiltersByNameStatusAndDay() {
        Conference a = conference(ACCOUNT, "a", 0);
        Conference b = conference(ACCOUNT, "b", 86_400 * 2).withStatus(ConferenceStatus.IN_PROGRESS, at(86_400 * 2));
        conferences().create(a);
        conferences().create(b);
        conferences().create(conference(OTHER_ACCOUNT, "a", 0));

        assertThat(conferences().list(ACCOUNT, ConferenceFilter.none(), PageRequest.first(50)).items()).containsExactly(b, a);
        assertThat(conferences().list(ACCOUNT, ConferenceFilter.none().withFriendlyName("a"), PageRequest.first(50)).items())
                .containsExactly(a);
        assertThat(conferences().list(ACCOUNT, ConferenceFilter.none().withStatus(ConferenceStatus.IN_PROGRESS),
                PageRequest.first(50)).items()).containsExactly(b);
        LocalDate day0 = LocalDate.ofInstant(at(0), java.time.ZoneOffset.UTC);
        assertThat(conferences().list(ACCOUNT, ConferenceFilter.none().withDateCreated(Optional.of(day0), Optional.empty(),
                Optional.empty()), PageRequest.first(50)).items()).containsExactly(a);
        assertThat(conferences().list(ACCOUNT, ConferenceFilter.none().withDateCreated(Optional.empty(), Optional.empty(),
                Optional.of(day0.plusDays(1))), PageRequest.first(50)).items()).containsExactly(b);
        var first = conferences().list(ACCOUNT, ConferenceFilter.none(), PageRequest.first(1));
        assertThat(first.hasMore()).isTrue();
        assertThat(conferences().list(ACCOUNT, ConferenceFilter.none(), new PageRequest(1, 0, Optional.of(b.sid()))).items())
                .containsExactly(a);
    }

    @Test
    void participantsRoundTripAndAreFoundByCallSidOrLabelInTheirConference() {
        Conference c = conference(ACCOUNT, "room", 1);
        conferences().create(c);
        Participant agent = participant(c.sid(), "agent", false);
        Participant anonymous = participant(c.sid(), null, true);
        participants().create(agent);
        participants().create(anonymous);

        assertThat(participants().find(ACCOUNT, c.sid(), agent.callSid())).contains(agent);
        assertThat(participants().find(OTHER_ACCOUNT, c.sid(), agent.callSid())).isEmpty();
        assertThat(participants().find(ACCOUNT, Sids.next(SidPrefix.CONFERENCE), agent.callSid())).isEmpty();
        assertThat(participants().findByLabel(ACCOUNT, c.sid(), "agent")).contains(agent);
        assertThat(participants().findByLabel(ACCOUNT, c.sid(), "nobody")).isEmpty();
        assertThatThrownBy(() -> participants().create(agent)).isInstanceOf(DuplicateKeyException.class);

        Participant muted = agent.withFlags(true, true, true, false, null, at(20));
        assertThat(participants().update(muted)).isTrue();
        assertThat(participants().find(ACCOUNT, c.sid(), agent.callSid())).contains(muted);
    }

    @Test
    void participantsListInJoinOrderWithFiltersAndDeleteRemovesOne() {
        Conference c = conference(ACCOUNT, "room", 1);
        conferences().create(c);
        Participant one = participant(c.sid(), "one", false);
        Participant two = participant(c.sid(), "two", true);
        Participant three = participant(c.sid(), "three", false);
        participants().create(one);
        participants().create(two);
        participants().create(three);

        assertThat(participants().list(ACCOUNT, c.sid(), ParticipantFilter.none(), PageRequest.first(50)).items())
                .containsExactly(one, two, three);
        assertThat(participants().list(ACCOUNT, c.sid(), new ParticipantFilter(Optional.of(true), Optional.empty(),
                Optional.empty()), PageRequest.first(50)).items()).containsExactly(two);
        assertThat(participants().list(ACCOUNT, c.sid(), ParticipantFilter.none(), new PageRequest(1, 0,
                Optional.of(one.callSid()))).items()).containsExactly(two);
        assertThat(participants().list(ACCOUNT, Sids.next(SidPrefix.CONFERENCE), ParticipantFilter.none(),
                PageRequest.first(50)).items()).isEmpty();

        assertThat(participants().delete(OTHER_ACCOUNT, c.sid(), two.callSid())).isFalse();
        assertThat(participants().delete(ACCOUNT, c.sid(), two.callSid())).isTrue();
        assertThat(participants().list(ACCOUNT, c.sid(), ParticipantFilter.none(), PageRequest.first(50)).items())
                .containsExactly(one, three);
    }
}
