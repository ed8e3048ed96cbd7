package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.CallFixtures.callAt;
import static dev.switchboard.testing.store.CallFixtures.fullCall;
import static dev.switchboard.testing.store.CallFixtures.queuedCall;
import static dev.switchboard.testing.store.CallFixtures.withParent;
import static dev.switchboard.testing.store.CallFixtures.withSid;
import static dev.switchboard.testing.store.DirectoryFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallDirection;
import dev.switchboard.core.call.CallFilter;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.StatusCallbackTarget;
import dev.switchboard.core.webhook.WebhookMethod;
import java.util.Set;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.CallStore;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.Stores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CallStore} does: round trips, account scoping, status updates, Twilio's list
 * filters (UTC dates with the documented {@code <=}/{@code >=}-midnight semantics) and newest-first
 * paging. Extend it and hand over empty stores for each test.
 */
public abstract class CallStoreContract {
    private static final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String OTHER_ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final LocalDate MAY_6 = LocalDate.parse("2024-05-06");

    /** The stores under test, empty at the start of each test. */
    protected abstract Stores stores();

    private CallStore calls() {
        return stores().calls();
    }

    private List<Call> list(CallFilter filter) {
        return calls().list(ACCOUNT, filter, PageRequest.first(100)).items();
    }

    @Test
    void createdCallsRoundTripEveryFieldAndEveryNull() {
        Call full = fullCall(ACCOUNT);
        Call sparse = queuedCall(ACCOUNT, "sip:bob@example.com", "");
        calls().create(full);
        calls().create(sparse);

        assertThat(calls().find(ACCOUNT, full.sid())).contains(full);
        assertThat(calls().find(ACCOUNT, sparse.sid())).contains(sparse);
        Call stored = calls().find(ACCOUNT, sparse.sid()).orElseThrow();
        assertThat(stored.duration()).isNull();
        assertThat(stored.startTime()).isNull();
        assertThat(stored.price()).isNull();
        assertThat(stored.from()).isEmpty();
    }

    @Test
    void findIsScopedToTheAccountButFindBySidIsNot() {
        Call call = fullCall(ACCOUNT);
        calls().create(call);

        assertThat(calls().find(OTHER_ACCOUNT, call.sid())).isEmpty();
        assertThat(calls().findBySid(call.sid())).contains(call);
        assertThat(calls().findBySid(Sids.next(SidPrefix.CALL))).isEmpty();
    }

    @Test
    void keepsEachCallsStatusCallbackAndListsTheUnfinishedOnesOldestFirst() {
        StatusCallbackTarget target = new StatusCallbackTarget("https://example.com/status?x=1", WebhookMethod.GET,
                Set.of("completed", "answered"));
        Call queued = queuedCall(ACCOUNT, "+14155550100", "+14155550111");
        Call done = callAt(ACCOUNT, CallStatus.COMPLETED, at(1), at(5));
        Call ringing = callAt(OTHER_ACCOUNT, CallStatus.RINGING, null, null);
        Call answered = callAt(ACCOUNT, CallStatus.IN_PROGRESS, at(2), null);
        calls().create(queued, Optional.of(target));
        calls().create(done, Optional.of(target));
        calls().create(ringing);
        calls().create(answered);

        assertThat(calls().statusCallback(queued.sid())).contains(target);
        assertThat(calls().statusCallback(queued.sid()).orElseThrow().eventsText()).isEqualTo("answered completed");
        assertThat(calls().statusCallback(ringing.sid())).isEmpty();
        assertThat(calls().unfinished(10)).extracting(Call::sid).containsExactly(queued.sid(), ringing.sid(), answered.sid());
        assertThat(calls().unfinished(2)).extracting(Call::sid).containsExactly(queued.sid(), ringing.sid());

        calls().update(queued.withEnded(CallStatus.CANCELED, at(3), 0, at(3)));
        assertThat(calls().unfinished(10)).extracting(Call::sid).containsExactly(ringing.sid(), answered.sid());
        assertThat(calls().statusCallback(queued.sid())).as("an update keeps the callback").contains(target);
    }

    @Test
    void aFinalStatusMakesTheCompletedCallbackOwedUntilItIsSent() {
        StatusCallbackTarget wantsCompleted = new StatusCallbackTarget("https://example.com/s", WebhookMethod.POST,
                Set.of("completed"));
        StatusCallbackTarget answeredOnly = new StatusCallbackTarget("https://example.com/s", WebhookMethod.POST,
                Set.of("answered"));
        Call first = callAt(ACCOUNT, CallStatus.IN_PROGRESS, at(1), null);
        Call second = callAt(ACCOUNT, CallStatus.IN_PROGRESS, at(2), null);
        Call third = callAt(OTHER_ACCOUNT, CallStatus.RINGING, null, null);
        Call notAsked = callAt(ACCOUNT, CallStatus.IN_PROGRESS, at(2), null);
        Call noCallback = callAt(ACCOUNT, CallStatus.IN_PROGRESS, at(2), null);
        Call bornFailed = callAt(ACCOUNT, CallStatus.FAILED, null, at(1));
        calls().create(first, Optional.of(wantsCompleted));
        calls().create(second, Optional.of(wantsCompleted));
        calls().create(third, Optional.of(wantsCompleted));
        calls().create(notAsked, Optional.of(answeredOnly));
        calls().create(noCallback);
        calls().create(bornFailed, Optional.of(wantsCompleted));
        assertThat(calls().finalCallbackDue(10, Optional.empty())).as("a call born final owes it at once")
                .extracting(Call::sid).containsExactly(bornFailed.sid());

        calls().update(first.withEnded(CallStatus.COMPLETED, at(5), 4, at(5)));
        calls().update(second.withEnded(CallStatus.COMPLETED, at(6), 4, at(6)));
        calls().update(third.withEnded(CallStatus.NO_ANSWER, at(6), 0, at(6)));
        calls().update(notAsked.withEnded(CallStatus.COMPLETED, at(6), 4, at(6)));
        calls().update(noCallback.withEnded(CallStatus.COMPLETED, at(6), 4, at(6)));
        assertThat(calls().finalCallbackDue(10, Optional.empty())).extracting(Call::sid)
                .containsExactly(first.sid(), second.sid(), third.sid(), bornFailed.sid());
        assertThat(calls().finalCallbackDue(2, Optional.empty())).extracting(Call::sid).containsExactly(first.sid(), second.sid());
        assertThat(calls().finalCallbackDue(2, Optional.of(second.sid()))).extracting(Call::sid)
                .containsExactly(third.sid(), bornFailed.sid());
        assertThat(calls().finalCallbackDue(10, Optional.empty()).getFirst().status()).isEqualTo(CallStatus.COMPLETED);

        calls().finalCallbackSent(first.sid());
        calls().finalCallbackSent(bornFailed.sid());
        calls().update(first.withEnded(CallStatus.COMPLETED, at(5), 4, at(7))); // a later write of a finished call
        assertThat(calls().finalCallbackDue(10, Optional.empty())).as("sent stays sent").extracting(Call::sid)
                .containsExactly(second.sid(), third.sid());
        calls().finalCallbackSent(notAsked.sid()); // never owed: nothing happens
        assertThat(calls().finalCallbackDue(10, Optional.empty())).extracting(Call::sid).containsExactly(second.sid(), third.sid());
    }

    @Test
    void createWithATakenSidThrowsAndKeepsTheFirst() {
        Call call = fullCall(ACCOUNT);
        calls().create(call);

        assertThatThrownBy(() -> calls().create(withSid(queuedCall(OTHER_ACCOUNT, "+1", "+2"), call.sid())))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(calls().findBySid(call.sid())).contains(call);
    }

    @Test
    void createWithoutARequiredFieldThrowsAndStoresNothing() {
        Call ok = queuedCall(ACCOUNT, "+14155550100", "+14155550111");
        Call noStatus = new Call(ok.sid(), ACCOUNT, null, ok.to(), ok.from(), null, null, CallDirection.INBOUND,
                null, null, null, null, null, null, null, null, null, null, null, 0L, ok.dateCreated(), ok.dateUpdated());
        Call noTo = new Call(ok.sid(), ACCOUNT, null, null, ok.from(), null, CallStatus.QUEUED, CallDirection.INBOUND,
                null, null, null, null, null, null, null, null, null, null, null, 0L, ok.dateCreated(), ok.dateUpdated());

        assertThatThrownBy(() -> calls().create(noStatus)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> calls().create(noTo)).isInstanceOf(NullPointerException.class);
        assertThat(calls().findBySid(ok.sid())).isEmpty();
    }

    @Test
    void updateFollowsACallThroughItsStatusesAndCanClearFieldsAgain() {
        Call queued = queuedCall(ACCOUNT, "+14155550100", "+14155550111");
        calls().create(queued);

        Call ringing = queued.withStatus(CallStatus.RINGING, at(1)).withStartTime(at(1), at(1));
        assertThat(calls().update(ringing)).isTrue();
        assertThat(calls().find(ACCOUNT, queued.sid())).contains(ringing);

        Call answered = ringing.withStatus(CallStatus.IN_PROGRESS, at(5)).withAnsweredBy("human", at(5));
        assertThat(calls().update(answered)).isTrue();
        assertThat(calls().find(ACCOUNT, queued.sid())).contains(answered);

        Call ended = answered.withEnded(CallStatus.COMPLETED, at(65), 60, at(65)).withPrice("-0.00250", "USD", at(66));
        assertThat(calls().update(ended)).isTrue();
        assertThat(calls().find(ACCOUNT, queued.sid())).contains(ended);
        assertThat(ended.isTerminal()).isTrue();

        assertThat(calls().update(queued)).isTrue();
        assertThat(calls().find(ACCOUNT, queued.sid())).contains(queued);
    }

    @Test
    void updateFromAnotherAccountOrOfAnUnknownCallChangesNothing() {
        Call call = fullCall(ACCOUNT);
        calls().create(call);
        Call hijack = new Call(call.sid(), OTHER_ACCOUNT, null, "+1", "+2", null, CallStatus.CANCELED,
                CallDirection.INBOUND, null, null, null, null, null, null, null, null, null, null, null, 0L,
                call.dateCreated(), at(99));

        assertThat(calls().update(hijack)).isFalse();
        assertThat(calls().update(queuedCall(ACCOUNT, "+1", "+2"))).isFalse();
        assertThat(calls().findBySid(call.sid())).contains(call);
        assertThat(list(CallFilter.none())).containsExactly(call);
    }

    @Test
    void deleteIsScopedToTheAccount() {
        Call call = fullCall(ACCOUNT);
        calls().create(call);

        assertThat(calls().delete(OTHER_ACCOUNT, call.sid())).isFalse();
        assertThat(calls().findBySid(call.sid())).contains(call);
        assertThat(calls().delete(ACCOUNT, call.sid())).isTrue();
        assertThat(calls().findBySid(call.sid())).isEmpty();
        assertThat(calls().delete(ACCOUNT, call.sid())).isFalse();
    }

    @Test
    void listIsNewestFirstAndAnUpdateKeepsACallsPlace() {
        Call first = queuedCall(ACCOUNT, "+1001", "+2001");
        Call second = queuedCall(ACCOUNT, "+1002", "+2002");
        Call third = queuedCall(ACCOUNT, "+1003", "+2003");
        Call theirs = queuedCall(OTHER_ACCOUNT, "+1004", "+2004");
        for (Call c : List.of(first, second, theirs, third)) calls().create(c);
        Call firstRinging = first.withStatus(CallStatus.RINGING, at(30));
        calls().update(firstRinging);

        assertThat(list(CallFilter.none())).containsExactly(third, second, firstRinging);
        assertThat(calls().list(OTHER_ACCOUNT, CallFilter.none(), PageRequest.first(10)).items()).containsExactly(theirs);
    }

    @Test
    void listFiltersExactlyByToFromParentAndStatus() {
        String parent = Sids.next(SidPrefix.CALL);
        Call a = queuedCall(ACCOUNT, "+14155550100", "+14155550111");
        Call b = withParent(queuedCall(ACCOUNT, "+14155550100", "client:alice"), parent)
                .withStatus(CallStatus.IN_PROGRESS, at(1));
        Call c = withParent(queuedCall(ACCOUNT, "+441234567890", "+14155550111"), parent)
                .withEnded(CallStatus.COMPLETED, at(9), 8, at(9));
        Call theirs = withParent(queuedCall(OTHER_ACCOUNT, "+14155550100", "+14155550111"), parent);
        for (Call x : List.of(a, b, c, theirs)) calls().create(x);

        assertThat(list(CallFilter.none().withTo("+14155550100"))).containsExactly(b, a);
        assertThat(list(CallFilter.none().withTo("4155550100"))).isEmpty();
        assertThat(list(CallFilter.none().withFrom("client:alice"))).containsExactly(b);
        assertThat(list(CallFilter.none().withParentCallSid(parent))).containsExactly(c, b);
        assertThat(list(CallFilter.none().withStatus(CallStatus.QUEUED))).containsExactly(a);
        assertThat(list(CallFilter.none().withStatus(CallStatus.COMPLETED))).containsExactly(c);
        assertThat(list(CallFilter.none().withStatus(CallStatus.BUSY))).isEmpty();
        assertThat(list(CallFilter.none().withTo("+14155550100").withFrom("+14155550111"))).containsExactly(a);
        assertThat(list(CallFilter.none().withParentCallSid(parent).withStatus(CallStatus.IN_PROGRESS)))
                .containsExactly(b);
    }

    @Test
    void startTimeFiltersUseUtcDaysAndMidnightInclusiveInequalities() {
        Call lateMay5 = started("2024-05-05T23:59:59.999999Z");
        Call midnightMay6 = started("2024-05-06T00:00:00Z");
        Call noonMay6 = started("2024-05-06T12:00:00.000001Z");
        Call lateMay6 = started("2024-05-06T23:59:59.999999Z");
        Call midnightMay7 = started("2024-05-07T00:00:00Z");
        Call notStarted = callAt(ACCOUNT, CallStatus.QUEUED, null, null);
        for (Call c : List.of(lateMay5, midnightMay6, noonMay6, lateMay6, midnightMay7, notStarted)) calls().create(c);

        assertThat(list(CallFilter.none().withStartTimeOn(MAY_6))).containsExactly(lateMay6, noonMay6, midnightMay6);
        assertThat(list(CallFilter.none().withStartTimeBefore(MAY_6))).containsExactly(midnightMay6, lateMay5);
        assertThat(list(CallFilter.none().withStartTimeAfter(MAY_6)))
                .containsExactly(midnightMay7, lateMay6, noonMay6, midnightMay6);
        assertThat(list(CallFilter.none().withStartTimeAfter(MAY_6).withStartTimeBefore(MAY_6.plusDays(1))))
                .containsExactly(midnightMay7, lateMay6, noonMay6, midnightMay6);
        assertThat(list(CallFilter.none().withStartTimeOn(LocalDate.parse("2024-05-04")))).isEmpty();
        assertThat(list(CallFilter.none())).hasSize(6);
    }

    @Test
    void endTimeFiltersWorkLikeStartTimeFiltersOnTheEndTime() {
        Call endedMay5 = callAt(ACCOUNT, CallStatus.COMPLETED, at(0), Instant.parse("2024-05-05T10:00:00Z"));
        Call endedMay6 = callAt(ACCOUNT, CallStatus.BUSY, null, Instant.parse("2024-05-06T10:00:00Z"));
        Call endedMay7 = callAt(ACCOUNT, CallStatus.NO_ANSWER, null, Instant.parse("2024-05-07T00:00:00Z"));
        Call ongoing = callAt(ACCOUNT, CallStatus.IN_PROGRESS, Instant.parse("2024-05-06T10:00:00Z"), null);
        for (Call c : List.of(endedMay5, endedMay6, endedMay7, ongoing)) calls().create(c);

        assertThat(list(CallFilter.none().withEndTimeOn(MAY_6))).containsExactly(endedMay6);
        assertThat(list(CallFilter.none().withEndTimeBefore(MAY_6))).containsExactly(endedMay5);
        assertThat(list(CallFilter.none().withEndTimeAfter(MAY_6))).containsExactly(endedMay7, endedMay6);
        assertThat(list(CallFilter.none().withEndTimeBefore(MAY_6.plusDays(1)))).containsExactly(endedMay7, endedMay6, endedMay5);
        assertThat(list(CallFilter.none().withStartTimeOn(MAY_6).withEndTimeOn(MAY_6))).isEmpty();
        assertThat(list(CallFilter.none().withStatus(CallStatus.BUSY).withEndTimeAfter(MAY_6))).containsExactly(endedMay6);
    }

    @Test
    void listPagesNewestFirstByOffsetAndByAfterSidWithAndWithoutAFilter() {
        List<Call> all = new ArrayList<>();
        List<Call> completed = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Call c = i % 2 == 0
                    ? callAt(ACCOUNT, CallStatus.COMPLETED, at(i), at(i + 1))
                    : callAt(ACCOUNT, CallStatus.FAILED, null, at(i));
            calls().create(c);
            calls().create(callAt(OTHER_ACCOUNT, CallStatus.COMPLETED, at(i), at(i + 1)));
            all.addFirst(c);
            if (i % 2 == 0) completed.addFirst(c);
        }

        PagingChecks.assertPagesThrough(all, page -> calls().list(ACCOUNT, CallFilter.none(), page), Call::sid);
        PagingChecks.assertPagesThrough(completed,
                page -> calls().list(ACCOUNT, CallFilter.none().withStatus(CallStatus.COMPLETED), page), Call::sid);
    }

    @Test
    void afterSidOfAnotherAccountsCallGivesAnEmptyPage() {
        Call mine = fullCall(ACCOUNT);
        Call theirs = fullCall(OTHER_ACCOUNT);
        calls().create(mine);
        calls().create(theirs);
        calls().create(fullCall(ACCOUNT));

        var page = calls().list(ACCOUNT, CallFilter.none(), new PageRequest(10, 0, Optional.of(theirs.sid())));
        assertThat(page.items()).isEmpty();
        assertThat(page.hasMore()).isFalse();
    }

    private Call started(String instant) {
        return callAt(ACCOUNT, CallStatus.COMPLETED, Instant.parse(instant), null);
    }
}
