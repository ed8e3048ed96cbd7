package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.ErrorRaised;
import dev.switchboard.core.call.StatusChanged;
import dev.switchboard.core.call.TimelineEntry;
import dev.switchboard.core.call.VerbExecuted;
import dev.switchboard.core.call.WebhookExchange;
import dev.switchboard.core.call.WebhookOutcome;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.CallTimelineStore;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.Page;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.Stores;
import dev.switchboard.core.webhook.FormParams;
import dev.switchboard.core.webhook.WebhookMethod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CallTimelineStore} does: per-call sequence numbers, exact round trips of every
 * entry kind (parameters in order with repeats and odd characters, long bodies, optional fields),
 * account scoping, and the newest-first notification list with keyset paging.
 */
public abstract class CallTimelineStoreContract {
    private static final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private static final String OTHER_ACCOUNT = Sids.next(SidPrefix.ACCOUNT);

    /** The stores under test, empty at the start of each test. */
    protected abstract Stores stores();

    private CallTimelineStore timelines() {
        return stores().timelines();
    }

    static WebhookExchange answered(String account, String call, long second, String body) {
        FormParams params = FormParams.of("CallSid", call, "From", "+14155550100", "Digits", "1 2&3=4%",
                "StatusCallbackEvent", "initiated", "StatusCallbackEvent", "ringing", "Empty", "", "Name", "Zoë 👋");
        return new WebhookExchange(account, call, 0, at(second), "https://example.com/voice?x=1&y=%20",
                WebhookMethod.POST, params, WebhookOutcome.Answered.of(200, "text/xml; charset=utf-8", body),
                Duration.ofNanos(123_456_000));
    }

    static WebhookExchange failed(String account, String call, long second) {
        return new WebhookExchange(account, call, 0, at(second), "http://example.com/gone", WebhookMethod.GET,
                FormParams.empty(), new WebhookOutcome.Failed(11200, "HTTP retrieval failure: 500", OptionalInt.of(500)),
                Duration.ofMillis(15_000));
    }

    static ErrorRaised error(String account, String call, long second, int code) {
        return ErrorRaised.of(account, call, at(second), code, "Document parse failure", ErrorRaised.Level.ERROR,
                Optional.of("https://example.com/voice"), Optional.of(WebhookMethod.POST));
    }

    static ErrorRaised warning(String account, String call, long second) {
        return ErrorRaised.of(account, call, at(second), 13227, "Invalid say voice", ErrorRaised.Level.WARNING,
                Optional.empty(), Optional.empty());
    }

    @Test
    void appendNumbersEachCallsEntriesFromOneAndListsThemInOrder() {
        String call = Sids.next(SidPrefix.CALL);
        String other = Sids.next(SidPrefix.CALL);
        List<TimelineEntry> given = List.of(
                new StatusChanged(ACCOUNT, call, 0, at(0), CallStatus.QUEUED, CallStatus.RINGING),
                answered(ACCOUNT, call, 1, "<Response><Say>Hi</Say></Response>"),
                new VerbExecuted(ACCOUNT, call, 0, at(2), "Say", "Hi"),
                failed(ACCOUNT, call, 3),
                error(ACCOUNT, call, 4, 11200),
                warning(ACCOUNT, call, 5),
                new VerbExecuted(ACCOUNT, call, 0, at(6), "Hangup", ""),
                new StatusChanged(ACCOUNT, call, 0, at(7), CallStatus.IN_PROGRESS, CallStatus.COMPLETED));

        List<TimelineEntry> stored = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            stored.add(timelines().append(given.get(i)));
            if (i == 2) assertThat(timelines().append(new VerbExecuted(ACCOUNT, other, 0, at(2), "Pause", "1s")).sequence())
                    .isEqualTo(1);
        }

        assertThat(stored).extracting(TimelineEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        for (int i = 0; i < given.size(); i++) assertThat(stored.get(i)).isEqualTo(given.get(i).withSequence(i + 1L));
        assertThat(timelines().list(ACCOUNT, call)).isEqualTo(stored);
        assertThat(timelines().list(ACCOUNT, other)).hasSize(1);
    }

    @Test
    void everyKindRoundTripsExactlyIncludingEmptyAndAbsentFields() {
        String call = Sids.next(SidPrefix.CALL);
        var empty = new WebhookExchange(ACCOUNT, call, 0, at(1), "https://example.com/", WebhookMethod.GET,
                FormParams.of("", ""), WebhookOutcome.Answered.of(204, "", ""), Duration.ZERO);
        var noCode = new WebhookExchange(ACCOUNT, call, 0, at(2), "https://example.com/", WebhookMethod.POST,
                FormParams.empty(), new WebhookOutcome.Failed(11205, "connection refused", OptionalInt.empty()),
                Duration.ofMillis(3));
        List<TimelineEntry> given = List.of(answered(ACCOUNT, call, 0, "x"), empty, noCode, failed(ACCOUNT, call, 3),
                error(ACCOUNT, call, 4, 12100), warning(ACCOUNT, call, 5));
        given.forEach(timelines()::append);

        List<TimelineEntry> back = timelines().list(ACCOUNT, call);
        assertThat(back).hasSize(given.size());
        for (int i = 0; i < given.size(); i++) assertThat(back.get(i)).isEqualTo(given.get(i).withSequence(i + 1L));
    }

    @Test
    void longBodiesAreStoredCutToTheLimitAndSaySo() {
        String call = Sids.next(SidPrefix.CALL);
        String big = "<Response>" + "a".repeat(WebhookOutcome.MAX_STORED_BODY_CHARS) + "</Response>";
        timelines().append(answered(ACCOUNT, call, 0, big));

        var back = (WebhookExchange) timelines().list(ACCOUNT, call).getFirst();
        var answer = (WebhookOutcome.Answered) back.outcome();
        assertThat(answer.truncated()).isTrue();
        assertThat(answer.body()).hasSize(WebhookOutcome.MAX_STORED_BODY_CHARS).isEqualTo(big.substring(0, answer.body().length()));
    }

    @Test
    void listIsScopedToTheAccount() {
        String call = Sids.next(SidPrefix.CALL);
        timelines().append(new VerbExecuted(ACCOUNT, call, 0, at(0), "Say", "hi"));

        assertThat(timelines().list(OTHER_ACCOUNT, call)).isEmpty();
        assertThat(timelines().list(ACCOUNT, Sids.next(SidPrefix.CALL))).isEmpty();
    }

    @Test
    void notificationsAreTheErrorsNewestFirstPerAccountAndPerCall() {
        String a = Sids.next(SidPrefix.CALL);
        String b = Sids.next(SidPrefix.CALL);
        ErrorRaised e1 = (ErrorRaised) timelines().append(error(ACCOUNT, a, 1, 11200));
        timelines().append(new VerbExecuted(ACCOUNT, a, 0, at(2), "Say", "hi"));
        ErrorRaised e2 = (ErrorRaised) timelines().append(warning(ACCOUNT, b, 3));
        ErrorRaised e3 = (ErrorRaised) timelines().append(error(ACCOUNT, a, 4, 12100));
        timelines().append(error(OTHER_ACCOUNT, Sids.next(SidPrefix.CALL), 5, 11200));

        assertThat(timelines().notifications(ACCOUNT, Optional.empty(), PageRequest.first(50)).items())
                .containsExactly(e3, e2, e1);
        assertThat(timelines().notifications(ACCOUNT, Optional.of(a), PageRequest.first(50)).items())
                .containsExactly(e3, e1);
        assertThat(timelines().notifications(ACCOUNT, Optional.of(Sids.next(SidPrefix.CALL)), PageRequest.first(50))
                .items()).isEmpty();
        assertThat(timelines().notification(ACCOUNT, e2.notificationSid())).contains(e2);
        assertThat(timelines().notification(OTHER_ACCOUNT, e2.notificationSid())).isEmpty();
        assertThat(timelines().notification(ACCOUNT, Sids.next(SidPrefix.NOTIFICATION))).isEmpty();
    }

    @Test
    void notificationsPageByOffsetAndByToken() {
        String call = Sids.next(SidPrefix.CALL);
        List<ErrorRaised> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) newestFirst.addFirst((ErrorRaised) timelines().append(error(ACCOUNT, call, i, 11200 + i)));

        Page<ErrorRaised> first = timelines().notifications(ACCOUNT, Optional.empty(), PageRequest.first(2));
        assertThat(first.items()).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(first.hasMore()).isTrue();
        Page<ErrorRaised> second = timelines().notifications(ACCOUNT, Optional.empty(),
                new PageRequest(2, 1, Optional.of(first.items().getLast().notificationSid())));
        assertThat(second.items()).containsExactlyElementsOf(newestFirst.subList(2, 4));
        Page<ErrorRaised> last = timelines().notifications(ACCOUNT, Optional.of(call), new PageRequest(2, 2, Optional.empty()));
        assertThat(last.items()).containsExactly(newestFirst.get(4));
        assertThat(last.hasMore()).isFalse();
    }

    @Test
    void aTakenNotificationSidIsRefusedAndNothingIsWritten() {
        String call = Sids.next(SidPrefix.CALL);
        ErrorRaised first = (ErrorRaised) timelines().append(error(ACCOUNT, call, 0, 11200));
        ErrorRaised again = new ErrorRaised(ACCOUNT, call, 0, at(1), first.notificationSid(), 11205, "again",
                ErrorRaised.Level.ERROR, Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> timelines().append(again)).isInstanceOf(DuplicateKeyException.class);
        assertThat(timelines().list(ACCOUNT, call)).containsExactly(first);
    }

    @Test
    void concurrentAppendsToOneCallGetDistinctConsecutiveSequences() throws Exception {
        String call = Sids.next(SidPrefix.CALL);
        List<Callable<Long>> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            tasks.add(() -> timelines().append(new VerbExecuted(ACCOUNT, call, 0, at(n), "Say", "#" + n)).sequence());
        }
        List<Long> sequences = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Long> f : pool.invokeAll(tasks)) sequences.add(f.get());
        }

        assertThat(sequences).doesNotHaveDuplicates().hasSize(40).allMatch(s -> s >= 1 && s <= 40);
        assertThat(timelines().list(ACCOUNT, call)).extracting(TimelineEntry::sequence)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList());
    }
}
