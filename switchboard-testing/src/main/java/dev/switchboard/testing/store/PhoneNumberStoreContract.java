package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.fullPhoneNumber;
import static dev.switchboard.testing.store.DirectoryFixtures.phoneNumber;
import static dev.switchboard.testing.store.DirectoryFixtures.withFriendlyName;
import static dev.switchboard.testing.store.DirectoryFixtures.withTrunk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.account.IncomingPhoneNumber;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.PhoneNumberStore;
import dev.switchboard.core.store.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link PhoneNumberStore} does. Extend it and hand over empty stores for each test. */
public abstract class PhoneNumberStoreContract {
    private static final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String OTHER_ACCOUNT = Sids.next(SidPrefix.ACCOUNT);

    /** The stores under test, empty at the start of each test. */
    protected abstract Stores stores();

    private PhoneNumberStore numbers() {
        return stores().phoneNumbers();
    }

    @Test
    void numbersAttachedToATrunkAreListedAndDetachedTogether() {
        String trunk = Sids.next(SidPrefix.TRUNK);
        String otherTrunk = Sids.next(SidPrefix.TRUNK);
        List<IncomingPhoneNumber> attached = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            IncomingPhoneNumber n = withTrunk(phoneNumber(ACCOUNT, "+1415555020" + i), trunk);
            numbers().create(n);
            numbers().create(phoneNumber(ACCOUNT, "+1415555030" + i));
            numbers().create(withTrunk(phoneNumber(ACCOUNT, "+1415555040" + i), otherTrunk));
            attached.add(n);
        }
        assertThat(numbers().find(ACCOUNT, attached.get(0).sid()).map(IncomingPhoneNumber::trunkSid)).contains(trunk);
        assertThat(numbers().listByTrunk(ACCOUNT, trunk, PageRequest.first(50)).items()).containsExactlyElementsOf(attached);
        assertThat(numbers().listByTrunk(OTHER_ACCOUNT, trunk, PageRequest.first(50)).items()).isEmpty();
        PagingChecks.assertPagesThrough(attached, page -> numbers().listByTrunk(ACCOUNT, trunk, page),
                IncomingPhoneNumber::sid);

        assertThat(numbers().detachTrunk(OTHER_ACCOUNT, trunk, DirectoryFixtures.at(50))).isZero();
        assertThat(numbers().detachTrunk(ACCOUNT, trunk, DirectoryFixtures.at(50))).isEqualTo(5);
        assertThat(numbers().listByTrunk(ACCOUNT, trunk, PageRequest.first(50)).items()).isEmpty();
        IncomingPhoneNumber detached = numbers().find(ACCOUNT, attached.get(0).sid()).orElseThrow();
        assertThat(detached.trunkSid()).isNull();
        assertThat(detached.dateUpdated()).isEqualTo(DirectoryFixtures.at(50));
        assertThat(numbers().findByPhoneNumber(attached.get(0).phoneNumber()).map(IncomingPhoneNumber::trunkSid)).isEmpty();
        assertThat(numbers().listByTrunk(ACCOUNT, otherTrunk, PageRequest.first(50)).items()).hasSize(5);
    }

    @Test
    void createdNumbersRoundTripEveryFieldNullsAndBooleans() {
        IncomingPhoneNumber full = fullPhoneNumber(ACCOUNT, "+14155550100");
        IncomingPhoneNumber sparse = phoneNumber(ACCOUNT, "+14155550101");
        numbers().create(full);
        numbers().create(sparse);

        assertThat(numbers().find(ACCOUNT, full.sid())).contains(full);
        assertThat(numbers().find(ACCOUNT, sparse.sid())).contains(sparse);
        assertThat(numbers().find(OTHER_ACCOUNT, full.sid())).isEmpty();
    }

    @Test
    void findByPhoneNumberFindsTheOwnerInAnyAccount() {
        IncomingPhoneNumber theirs = fullPhoneNumber(OTHER_ACCOUNT, "+14155550100");
        numbers().create(theirs);

        assertThat(numbers().findByPhoneNumber("+14155550100")).contains(theirs);
        assertThat(numbers().findByPhoneNumber("+1415555010")).isEmpty();
    }

    @Test
    void aNumberHasOneOwnerAcrossAllAccounts() {
        IncomingPhoneNumber first = phoneNumber(ACCOUNT, "+14155550100");
        numbers().create(first);

        assertThatThrownBy(() -> numbers().create(phoneNumber(OTHER_ACCOUNT, "+14155550100")))
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("+14155550100");
        assertThatThrownBy(() -> numbers().create(phoneNumber(ACCOUNT, "+14155550100")))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(numbers().findByPhoneNumber("+14155550100")).contains(first);
        assertThat(numbers().list(OTHER_ACCOUNT, Optional.empty(), Optional.empty(), PageRequest.first(10)).items())
                .isEmpty();
    }

    @Test
    void createWithATakenSidThrowsAndKeepsTheFirst() {
        IncomingPhoneNumber first = phoneNumber(ACCOUNT, "+14155550100");
        numbers().create(first);
        IncomingPhoneNumber other = phoneNumber(ACCOUNT, "+14155550199");
        IncomingPhoneNumber clash = new IncomingPhoneNumber(first.sid(), OTHER_ACCOUNT, other.phoneNumber(),
                null, null, null, null, null, null, null, null, null, false, null, null, null, null, null, null,
                other.dateCreated(), other.dateUpdated());

        assertThatThrownBy(() -> numbers().create(clash)).isInstanceOf(DuplicateKeyException.class);
        assertThat(numbers().find(ACCOUNT, first.sid())).contains(first);
        assertThat(numbers().findByPhoneNumber("+14155550199")).isEmpty();
    }

    @Test
    void concurrentCreatesOfOneNumberLetExactlyOneWin() throws Exception {
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                String account = i % 2 == 0 ? ACCOUNT : OTHER_ACCOUNT;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        numbers().create(phoneNumber(account, "+14155550100"));
                        return true;
                    } catch (DuplicateKeyException lost) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int winners = 0;
            for (Future<Boolean> r : results) if (r.get()) winners++;
            assertThat(winners).isEqualTo(1);
        }
        assertThat(numbers().findByPhoneNumber("+14155550100")).isPresent();
    }

    @Test
    void updateReplacesEveryFieldAndRejectsAnotherRecordsNumber() {
        IncomingPhoneNumber full = fullPhoneNumber(ACCOUNT, "+14155550100");
        IncomingPhoneNumber taken = phoneNumber(OTHER_ACCOUNT, "+14155550111");
        numbers().create(full);
        numbers().create(taken);
        IncomingPhoneNumber cleared = sameSid(phoneNumber(ACCOUNT, "+14155550122"), full.sid());

        assertThat(numbers().update(cleared)).isTrue();
        assertThat(numbers().find(ACCOUNT, full.sid())).contains(cleared);
        assertThat(numbers().findByPhoneNumber("+14155550100")).isEmpty();
        assertThatThrownBy(() -> numbers().update(sameSid(phoneNumber(ACCOUNT, "+14155550111"), full.sid())))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(numbers().find(ACCOUNT, full.sid())).contains(cleared);
    }

    @Test
    void updateFromAnotherAccountOrOfAnUnknownNumberChangesNothing() {
        IncomingPhoneNumber mine = fullPhoneNumber(ACCOUNT, "+14155550100");
        numbers().create(mine);

        assertThat(numbers().update(sameSid(phoneNumber(OTHER_ACCOUNT, "+14155550100"), mine.sid()))).isFalse();
        assertThat(numbers().update(phoneNumber(ACCOUNT, "+14155550155"))).isFalse();
        assertThat(numbers().find(ACCOUNT, mine.sid())).contains(mine);
        assertThat(numbers().findByPhoneNumber("+14155550155")).isEmpty();
    }

    @Test
    void deleteIsScopedToTheAccountAndFreesTheNumber() {
        IncomingPhoneNumber mine = phoneNumber(ACCOUNT, "+14155550100");
        numbers().create(mine);

        assertThat(numbers().delete(OTHER_ACCOUNT, mine.sid())).isFalse();
        assertThat(numbers().find(ACCOUNT, mine.sid())).contains(mine);
        assertThat(numbers().delete(ACCOUNT, mine.sid())).isTrue();
        assertThat(numbers().delete(ACCOUNT, mine.sid())).isFalse();
        assertThat(numbers().findByPhoneNumber("+14155550100")).isEmpty();
        numbers().create(phoneNumber(OTHER_ACCOUNT, "+14155550100"));
    }

    @Test
    void phoneNumberFilterMatchesContainedDigitsWithStarForAnyOneCharacter() {
        IncomingPhoneNumber sf = phoneNumber(ACCOUNT, "+14155550100");
        IncomingPhoneNumber sf2 = phoneNumber(ACCOUNT, "+14155551234");
        IncomingPhoneNumber ny = phoneNumber(ACCOUNT, "+12125550100");
        IncomingPhoneNumber odd = phoneNumber(ACCOUNT, "+1%_!5550100");
        numbers().create(sf);
        numbers().create(sf2);
        numbers().create(ny);
        numbers().create(odd);
        numbers().create(phoneNumber(OTHER_ACCOUNT, "+14155559999"));

        assertThat(filtered("415")).containsExactly(sf, sf2);
        assertThat(filtered("5550100")).containsExactly(sf, ny, odd);
        assertThat(filtered("+1***5550100")).containsExactly(sf, ny, odd);
        assertThat(filtered("+1**5550100")).isEmpty();
        assertThat(filtered("5555*2")).containsExactly(sf2);
        assertThat(filtered("%")).containsExactly(odd);
        assertThat(filtered("_")).containsExactly(odd);
        assertThat(filtered("!")).containsExactly(odd);
        assertThat(filtered("4_5")).isEmpty();
        assertThat(filtered("4%5")).isEmpty();
        assertThat(filtered("+14155550100")).containsExactly(sf);
        assertThat(filtered("+141555501000")).isEmpty();
        assertThat(filtered("")).containsExactly(sf, sf2, ny, odd);
    }

    @Test
    void listFiltersByExactFriendlyNameAlongsideTheNumber() {
        IncomingPhoneNumber front = withFriendlyName(phoneNumber(ACCOUNT, "+14155550100"), "Front");
        IncomingPhoneNumber back = withFriendlyName(phoneNumber(ACCOUNT, "+14155550101"), "Back");
        IncomingPhoneNumber front2 = withFriendlyName(phoneNumber(ACCOUNT, "+12125550100"), "Front");
        for (IncomingPhoneNumber n : List.of(front, back, front2)) numbers().create(n);

        assertThat(numbers().list(ACCOUNT, Optional.empty(), Optional.of("Front"), PageRequest.first(10)).items())
                .containsExactly(front, front2);
        assertThat(numbers().list(ACCOUNT, Optional.of("415"), Optional.of("Front"), PageRequest.first(10)).items())
                .containsExactly(front);
        assertThat(numbers().list(ACCOUNT, Optional.empty(), Optional.of("front"), PageRequest.first(10)).items())
                .isEmpty();
    }

    @Test
    void listPagesByOffsetAndByAfterSidWithAndWithoutAFilter() {
        List<IncomingPhoneNumber> all = new ArrayList<>();
        List<IncomingPhoneNumber> sanFrancisco = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String area = i % 3 == 0 ? "212" : "415";
            IncomingPhoneNumber n = phoneNumber(ACCOUNT, "+1" + area + "55501" + i + "0");
            numbers().create(n);
            numbers().create(phoneNumber(OTHER_ACCOUNT, "+1" + area + "55502" + i + "0"));
            all.add(n);
            if (area.equals("415")) sanFrancisco.add(n);
        }

        PagingChecks.assertPagesThrough(all,
                page -> numbers().list(ACCOUNT, Optional.empty(), Optional.empty(), page), IncomingPhoneNumber::sid);
        PagingChecks.assertPagesThrough(sanFrancisco,
                page -> numbers().list(ACCOUNT, Optional.of("+1415"), Optional.empty(), page),
                IncomingPhoneNumber::sid);
    }

    private List<IncomingPhoneNumber> filtered(String pattern) {
        return numbers().list(ACCOUNT, Optional.of(pattern), Optional.empty(), PageRequest.first(100)).items();
    }

    private static IncomingPhoneNumber sameSid(IncomingPhoneNumber n, String sid) {
        return new IncomingPhoneNumber(sid, n.accountSid(), n.phoneNumber(), n.friendlyName(), n.apiVersion(),
                n.voiceUrl(), n.voiceMethod(), n.voiceFallbackUrl(), n.voiceFallbackMethod(), n.statusCallback(),
                n.statusCallbackMethod(), n.voiceApplicationSid(), n.voiceCallerIdLookup(), n.smsUrl(),
                n.smsMethod(), n.smsFallbackUrl(), n.smsFallbackMethod(), n.smsApplicationSid(), n.trunkSid(),
                n.dateCreated(), n.dateUpdated());
    }
}
