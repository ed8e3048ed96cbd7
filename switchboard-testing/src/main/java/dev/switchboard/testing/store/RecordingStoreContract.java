package dev.switchboard.testing.store;

import static dev.switchboard.testing.store.DirectoryFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.recording.Recording;
import dev.switchboard.core.recording.RecordingFilter;
import dev.switchboard.core.recording.RecordingSource;
import dev.switchboard.core.recording.RecordingStatus;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RecordingStore;
import dev.switchboard.core.store.Stores;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link RecordingStore} does. Extend it and hand over empty stores for each test. */
public abstract class RecordingStoreContract {
    private final String ACCOUNT = Sids.next(SidPrefix.ACCOUNT);
    private final String OTHER_ACCOUNT = Sids.next(SidPrefix.ACCOUNT);

    /** The stores under test, empty at the start of each test. */
    protected abstract Stores stores();

    private RecordingStore recordings() { return stores().recordings(); }

    static Recording recording(String account, String callSid, long at) {
        return new Recording(Sids.next(SidPrefix.RECORDING), account, callSid, null, RecordingStatus.IN_PROGRESS,
                RecordingSource.START_CALL_RECORDING_API, 1, "both", at(at), null, null, null, null, "POST", List.of(),
                at(at), at(at));
    }

    @Test
    void everyFieldRoundTripsAndFindIsScopedToTheAccount() {
        Recording r = new Recording(Sids.next(SidPrefix.RECORDING), ACCOUNT, Sids.next(SidPrefix.CALL),
                Sids.next(SidPrefix.CONFERENCE), RecordingStatus.PAUSED, RecordingSource.CONFERENCE, 2, "inbound", at(1),
                null, "-0.0025", null, "https://example.com/rec", "GET", List.of("in-progress", "completed"), at(2), at(3));
        recordings().create(r);
        assertThat(recordings().find(ACCOUNT, r.sid())).contains(r);
        assertThat(recordings().find(OTHER_ACCOUNT, r.sid())).isEmpty();

        Recording done = r.completed(42, at(9));
        assertThat(recordings().update(done)).isTrue();
        assertThat(recordings().find(ACCOUNT, r.sid())).contains(done);
        Recording absent = done.absent(16101, at(10));
        assertThat(recordings().update(absent)).isTrue();
        assertThat(recordings().find(ACCOUNT, r.sid()).orElseThrow().errorCode()).isEqualTo(16101);
        assertThatThrownBy(() -> recordings().create(r)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void updateAndDeleteOnlyMatchTheOwningAccount() {
        Recording r = recording(ACCOUNT, Sids.next(SidPrefix.CALL), 1);
        recordings().create(r);
        Recording foreign = new Recording(r.sid(), OTHER_ACCOUNT, r.callSid(), null, RecordingStatus.STOPPED, r.source(), 1,
                "both", r.startTime(), null, null, null, null, "POST", List.of(), r.dateCreated(), at(5));
        assertThat(recordings().update(foreign)).isFalse();
        assertThat(recordings().delete(OTHER_ACCOUNT, r.sid())).isFalse();
        assertThat(recordings().find(ACCOUNT, r.sid())).contains(r);

        assertThat(recordings().delete(ACCOUNT, r.sid())).isTrue();
        assertThat(recordings().find(ACCOUNT, r.sid())).isEmpty();
        assertThat(recordings().delete(ACCOUNT, r.sid())).isFalse();
        assertThat(recordings().update(r)).isFalse();
    }

    @Test
    void listIsNewestFirstAndFiltersByCallConferenceAndDay() {
        String call = Sids.next(SidPrefix.CALL);
        Recording a = recording(ACCOUNT, call, 0);
        Recording b = recording(ACCOUNT, Sids.next(SidPrefix.CALL), 86_400 * 2);
        String conf = Sids.next(SidPrefix.CONFERENCE);
        Recording c = new Recording(Sids.next(SidPrefix.RECORDING), ACCOUNT, call, conf, RecordingStatus.COMPLETED,
                RecordingSource.CONFERENCE, 1, "both", at(86_400 * 4), 3, null, null, null, "POST", List.of(),
                at(86_400 * 4), at(86_400 * 4));
        recordings().create(a);
        recordings().create(b);
        recordings().create(c);
        recordings().create(recording(OTHER_ACCOUNT, call, 0));

        assertThat(recordings().list(ACCOUNT, RecordingFilter.none(), PageRequest.first(50)).items()).containsExactly(c, b, a);
        assertThat(recordings().list(ACCOUNT, RecordingFilter.none().withCallSid(call), PageRequest.first(50)).items())
                .containsExactly(c, a);
        assertThat(recordings().list(ACCOUNT, RecordingFilter.none().withConferenceSid(conf), PageRequest.first(50)).items())
                .containsExactly(c);
        LocalDate dayOfB = b.dateCreated().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        assertThat(recordings().list(ACCOUNT, RecordingFilter.none().withDateCreated(Optional.of(dayOfB), Optional.empty(),
                Optional.empty()), PageRequest.first(50)).items()).containsExactly(b);
        assertThat(recordings().list(ACCOUNT, RecordingFilter.none().withDateCreated(Optional.empty(), Optional.of(dayOfB),
                Optional.empty()), PageRequest.first(50)).items()).containsExactly(a);
        assertThat(recordings().list(ACCOUNT, RecordingFilter.none().withDateCreated(Optional.empty(), Optional.empty(),
                Optional.of(dayOfB)), PageRequest.first(50)).items()).containsExactly(c, b);
    }

    @Test
    void keysetPagesContinueWithOlderRecordings() {
        Recording a = recording(ACCOUNT, Sids.next(SidPrefix.CALL), 0);
        Recording b = recording(ACCOUNT, Sids.next(SidPrefix.CALL), 1);
        Recording c = recording(ACCOUNT, Sids.next(SidPrefix.CALL), 2);
        recordings().create(a);
        recordings().create(b);
        recordings().create(c);
        var first = recordings().list(ACCOUNT, RecordingFilter.none(), PageRequest.first(2));
        assertThat(first.items()).containsExactly(c, b);
        assertThat(first.hasMore()).isTrue();
        var next = recordings().list(ACCOUNT, RecordingFilter.none(), new PageRequest(2, 1, Optional.of(b.sid())));
        assertThat(next.items()).containsExactly(a);
        assertThat(next.hasMore()).isFalse();
        assertThat(recordings().list(OTHER_ACCOUNT, RecordingFilter.none(), new PageRequest(2, 1, Optional.of(b.sid())))
                .items()).isEmpty();
    }

    @Test
    void missingRequiredFieldsAreRefused() {
        Recording r = recording(ACCOUNT, Sids.next(SidPrefix.CALL), 0);
        Recording noCall = new Recording(r.sid(), ACCOUNT, null, null, r.status(), r.source(), 1, "both", r.startTime(), null,
                null, null, null, "POST", List.of(), r.dateCreated(), r.dateUpdated());
        assertThatThrownBy(() -> recordings().create(noCall)).isInstanceOf(NullPointerException.class);
        assertThat(recordings().find(ACCOUNT, r.sid())).isEmpty();
    }
}
