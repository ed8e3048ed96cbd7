package dev.switchboard.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.core.call.VerbExecuted;
import dev.switchboard.core.sid.SidPrefix;
import dev.switchboard.core.sid.Sids;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.testing.store.CallFixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Group commit on a real embedded H2: durability at the barrier, failure isolation, batch cap, back-pressure. */
class GroupCommitTest {
    private static final String ACCOUNT = "AC" + "1".repeat(32);
    @TempDir Path dir;
    private Database database;
    private Jdbi jdbi;

    @BeforeEach
    void open() {
        DatabaseConfig config = DatabaseConfig.embeddedH2(dir);
        database = Database.open(config);
        jdbi = Jdbi.create(config.jdbcUrl(), config.user(), config.password());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long rows(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void everyWriteQueuedBeforeTheBarrierIsInTheDatabaseWhenItReturns() {
        var stores = database.stores();
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Call c = CallFixtures.queuedCall(ACCOUNT, "+1415555" + String.format("%04d", i), "+14155550000");
            stores.calls().create(c);
            calls.add(c);
        }
        for (Call c : calls) {
            stores.calls().update(c.withStatus(CallStatus.RINGING, c.dateUpdated()));
            stores.timelines().append(new VerbExecuted(ACCOUNT, c.sid(), 0, Instant.now(), "Say", "hi"));
        }
        stores.barrier().await();
        // read past the stores, on a connection of our own: nothing is left in memory only
        assertThat(rows("SELECT COUNT(*) FROM calls WHERE status = 'ringing'")).isEqualTo(200);
        assertThat(rows("SELECT COUNT(*) FROM call_timeline")).isEqualTo(200);
    }

    @Test
    void aQueuedUpdateIsReadBackBeforeItIsCommitted() {
        var stores = database.stores();
        Call c = CallFixtures.queuedCall(ACCOUNT, "+14155550001", "+14155550000");
        stores.calls().create(c);
        Call ringing = c.withStatus(CallStatus.RINGING, c.dateUpdated());
        assertThat(stores.calls().update(ringing)).isTrue();
        assertThat(stores.calls().findBySid(c.sid())).contains(ringing);
        assertThat(stores.calls().find(ACCOUNT, c.sid())).contains(ringing);
        assertThat(stores.calls().find("AC" + "2".repeat(32), c.sid())).isEmpty();
    }

    @Test
    void aFailingWriteFailsAloneAndTheOthersInItsBatchAreCommitted() throws Exception {
        GroupCommit commit = new GroupCommit(jdbi, w -> {}, () -> {});
        try {
            Call first = CallFixtures.queuedCall(ACCOUNT, "+14155550001", "+14155550000");
            Call duplicate = CallFixtures.withSid(CallFixtures.queuedCall(ACCOUNT, "+2", "+3"), first.sid());
            Call other = CallFixtures.queuedCall(ACCOUNT, "+14155550002", "+14155550000");
            List<CompletableFuture<Void>> done = List.of(new CompletableFuture<>(), new CompletableFuture<>(), new CompletableFuture<>());
            commit.submit(new GroupCommit.CallInsert(first, done.get(0)));
            commit.submit(new GroupCommit.CallInsert(duplicate, done.get(1)));
            commit.submit(new GroupCommit.CallInsert(other, done.get(2)));
            commit.submit(new GroupCommit.EntryInsert(new VerbExecuted(ACCOUNT, other.sid(), 1, Instant.now(), "Say", "x")));
            commit.await();

            assertThat(done.get(0)).isCompleted().isNotCompletedExceptionally();
            assertThat(done.get(2)).isCompleted().isNotCompletedExceptionally();
            assertThatThrownBy(() -> GroupCommit.join(done.get(1))).isInstanceOf(DuplicateKeyException.class);
            assertThat(rows("SELECT COUNT(*) FROM calls")).isEqualTo(2);
            assertThat(rows("SELECT COUNT(*) FROM calls WHERE to_address = '+2'")).isZero();
            assertThat(rows("SELECT COUNT(*) FROM call_timeline")).isEqualTo(1);
        } finally {
            commit.close();
        }
    }

    @Test
    void noTransactionCarriesMoreThanTheBatchCap() {
        GroupCommit commit = new GroupCommit(jdbi, w -> {}, () -> {});
        try {
            String call = Sids.next(SidPrefix.CALL);
            int n = GroupCommit.MAX_BATCH * 3 + 17;
            for (int i = 1; i <= n; i++) {
                commit.submit(new GroupCommit.EntryInsert(new VerbExecuted(ACCOUNT, call, i, Instant.now(), "Say", "#" + i)));
            }
            commit.await();
            assertThat(rows("SELECT COUNT(*) FROM call_timeline")).isEqualTo(n);
            assertThat(commit.largestBatch()).isLessThanOrEqualTo(GroupCommit.MAX_BATCH);
            assertThat(commit.batches()).isGreaterThanOrEqualTo(4);
        } finally {
            commit.close();
        }
    }

    @Test
    void aFullQueueRefusesWithStoreOverloadedInsteadOfGrowing() throws Exception {
        CountDownLatch writerHeld = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit commit = new GroupCommit(jdbi, GroupCommit.Sync.NONE, 2, Duration.ofMillis(50), w -> {
            writerHeld.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, () -> {});
        try {
            String call = Sids.next(SidPrefix.CALL);
            commit.submit(new GroupCommit.EntryInsert(new VerbExecuted(ACCOUNT, call, 1, Instant.now(), "Say", "held")));
            writerHeld.await(); // the writer is now stuck telling its listener about write 1
            commit.submit(new GroupCommit.EntryInsert(new VerbExecuted(ACCOUNT, call, 2, Instant.now(), "Say", "queued")));
            commit.submit(new GroupCommit.EntryInsert(new VerbExecuted(ACCOUNT, call, 3, Instant.now(), "Say", "queued")));
            assertThatThrownBy(() -> commit.submit(new GroupCommit.EntryInsert(
                    new VerbExecuted(ACCOUNT, call, 4, Instant.now(), "Say", "refused")))).isInstanceOf(StoreOverloadedException.class);
            release.countDown();
            commit.await();
            assertThat(rows("SELECT COUNT(*) FROM call_timeline")).isEqualTo(3);
        } finally {
            release.countDown();
            commit.close();
        }
    }
}
