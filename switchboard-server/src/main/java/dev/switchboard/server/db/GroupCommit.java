package dev.switchboard.server.db;

import dev.switchboard.core.call.Call;
import dev.switchboard.core.call.ErrorRaised;
import dev.switchboard.core.call.TimelineEntry;
import dev.switchboard.core.store.DuplicateKeyException;
import dev.switchboard.core.store.WriteBarrier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for call records and timelines: writes queue up in memory and one writer thread
 * commits everything queued so far in a single transaction (JDBC batches), then the next lot.
 * There is no timer: while one batch commits the next one gathers, so a write waits at most for the
 * batch in progress plus its own (at most {@value #MAX_BATCH} writes; {@code docs/performance.md}
 * has the measured wait). A batch that fails is written again one write at a time, so one bad row
 * fails alone (its waiter gets the exception; a write nobody waits for is logged with its CallSid).
 *
 * <p>The queue is bounded ({@value #CAPACITY} writes): past that, {@link #submit} waits up to
 * {@link #FULL_PATIENCE} for room and then throws {@link StoreOverloadedException}. Thread-safe.
 */
final class GroupCommit implements WriteBarrier, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    static final int MAX_BATCH = 2_000;
    static final int CAPACITY = 100_000;
    static final Duration FULL_PATIENCE = Duration.ofSeconds(10);
    /** How long a shutdown waits for the last writes to be committed before it closes anyway. */
    static final Duration CLOSE_PATIENCE = Duration.ofSeconds(10);
    /**
     * Under load, how often committed writes are made durable on a database whose commit alone is
     * not (embedded H2 writes its file in the background); when the queue runs empty the sync is
     * done at once. A waiter is released at the first sync after its commit, so it waits at most
     * this plus the batch in progress and its own.
     */
    static final Duration SYNC_INTERVAL = Duration.ofMillis(10);

    /** Makes every committed transaction durable (H2: {@code CHECKPOINT}); a no-op where commits are. */
    @FunctionalInterface
    interface Sync {
        Sync NONE = () -> {};

        void run();
    }

    /** One queued write; {@code done}, when present, completes once it is committed (or failed). */
    sealed interface Write permits CallInsert, CallUpdate, EntryInsert, CallbackSent, Flush {}

    record CallInsert(Call call, java.util.Optional<dev.switchboard.core.call.StatusCallbackTarget> statusCallback,
            CompletableFuture<Void> done) implements Write {
        CallInsert(Call call, CompletableFuture<Void> done) {
            this(call, java.util.Optional.empty(), done);
        }
    }

    record CallUpdate(Call call) implements Write {}

    record EntryInsert(TimelineEntry entry) implements Write {}

    /** The call's completed status callback has been sent ({@link JdbcCallStore#markSent}). */
    record CallbackSent(String callSid) implements Write {}

    record Flush(CompletableFuture<Void> done) implements Write {}

    private final Jdbi jdbi;
    private final BlockingQueue<Write> queue;
    private final Duration fullPatience;
    private final Sync sync;
    /** Committed writes whose waiters are released at the next sync. */
    private final List<Write> awaitingSync = new ArrayList<>();
    private long lastSync = System.nanoTime();
    /** Syncs failed in a row; past {@link #SYNC_ATTEMPTS} the waiters are told instead of waiting on. */
    private int syncFailures;
    static final int SYNC_ATTEMPTS = 100;
    private final Consumer<Write> committed;
    private final Runnable idle;
    private final Thread writer;
    private volatile boolean closing;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();
    private volatile int largestBatch;

    /**
     * {@code committed} hears every write once it is durable (or has failed for good), on the writer
     * thread; {@code idle} runs on the writer thread about once a second and whenever the queue is
     * empty for that long (housekeeping).
     */
    GroupCommit(Jdbi jdbi, Consumer<Write> committed, Runnable idle) {
        this(jdbi, Sync.NONE, CAPACITY, FULL_PATIENCE, committed, idle);
    }

    /** {@code sync}: what makes commits durable where they are not by themselves. */
    GroupCommit(Jdbi jdbi, Sync sync, Consumer<Write> committed, Runnable idle) {
        this(jdbi, sync, CAPACITY, FULL_PATIENCE, committed, idle);
    }

    /** As above with another queue capacity and wait for room (tests). */
    GroupCommit(Jdbi jdbi, Sync sync, int capacity, Duration fullPatience, Consumer<Write> committed, Runnable idle) {
        this.jdbi = jdbi;
        this.sync = sync;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.fullPatience = fullPatience;
        this.committed = committed;
        this.idle = idle;
        this.writer = Thread.ofPlatform().name("switchboard-group-commit").daemon(true).start(this::run);
    }

    /** Queues a write; blocks only while the queue is full (then {@link StoreOverloadedException}). */
    void submit(Write w) {
        if (closing) throw new IllegalStateException("the database is closing");
        if (queue.offer(w)) return;
        try {
            if (!queue.offer(w, fullPatience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new StoreOverloadedException("the database write queue has been full for " + fullPatience.toMillis() + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreOverloadedException("interrupted while the database write queue was full");
        }
    }

    /** Queues {@code w} and blocks until it is committed; rethrows its failure. */
    void submitAndWait(Write w, CompletableFuture<Void> done) {
        submit(w);
        join(done);
    }

    @Override
    public void await() {
        if (Thread.currentThread() == writer) return;
        CompletableFuture<Void> done = new CompletableFuture<>();
        submitAndWait(new Flush(done), done);
    }

    /** Batches committed and writes in them since start (for the benchmarks' figures). */
    long batches() { return batches.get(); }

    long writes() { return writes.get(); }

    /** The most writes one transaction has carried. */
    int largestBatch() { return largestBatch; }

    private void run() {
        List<Write> batch = new ArrayList<>(MAX_BATCH);
        long lastIdle = System.nanoTime();
        while (true) {
            Write first;
            try {
                long wait = awaitingSync.isEmpty() ? 1_000_000_000L
                        : Math.max(0, lastSync + SYNC_INTERVAL.toNanos() - System.nanoTime());
                first = queue.poll(wait, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                first = null;
            }
            if (first != null) {
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
                batch.clear();
            }
            // adaptive: with nothing more queued a sync costs nobody anything, so do it now; under load,
            // one sync per interval covers every commit since the last
            if (!awaitingSync.isEmpty() && (queue.isEmpty() || System.nanoTime() - lastSync >= SYNC_INTERVAL.toNanos())) syncNow();
            if (first == null && closing && awaitingSync.isEmpty() && queue.isEmpty()) return;
            if (System.nanoTime() - lastIdle > 1_000_000_000L) {
                lastIdle = System.nanoTime();
                try {
                    idle.run();
                } catch (RuntimeException e) {
                    LOG.warn("group commit housekeeping failed", e);
                }
            }
        }
    }

    private void commit(List<Write> batch) {
        GroupCommitEvent event = new GroupCommitEvent();
        event.begin();
        event.writes = batch.size();
        if (batch.size() > largestBatch) largestBatch = batch.size();
        List<JdbcCallStore.NewCall> inserts = new ArrayList<>();
        Map<String, Call> updates = new LinkedHashMap<>();
        List<TimelineEntry> entries = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        for (Write w : batch) {
            switch (w) {
                case CallInsert c -> inserts.add(new JdbcCallStore.NewCall(c.call(), c.statusCallback())); // never merged: a taken SID fails alone
                case CallUpdate u -> updates.put(u.call().sid(), u.call()); // the latest version wins
                case EntryInsert e -> entries.add(e.entry());
                case CallbackSent s -> sent.add(s.callSid());
                case Flush f -> { }
            }
        }
        try {
            if (!inserts.isEmpty() || !updates.isEmpty() || !entries.isEmpty() || !sent.isEmpty()) {
                transaction(c -> {
                    JdbcCallStore.writeBatch(c, inserts, updates.values());
                    JdbcCallTimelineStore.insertBatch(c, entries);
                    JdbcCallStore.markSent(c, sent); // after the updates: a final status and its sending may share a batch
                });
            }
        } catch (RuntimeException e) {
            LOG.debug("a batch of {} writes failed ({}); writing them one at a time", batch.size(), e.toString());
            oneByOne(batch);
            event.failed = true;
            event.commit();
            return;
        }
        event.commit();
        batches.incrementAndGet();
        writes.addAndGet(batch.size());
        for (Write w : batch) done(w, null);
    }

    /** Work on one connection inside a transaction. */
    @FunctionalInterface
    interface SqlWork {
        void run(java.sql.Connection c) throws java.sql.SQLException;
    }

    private void transaction(SqlWork work) {
        jdbi.useTransaction(h -> {
            try {
                work.run(h.getConnection());
            } catch (java.sql.SQLException e) {
                throw Sql.unchecked(e);
            }
        });
    }

    private void oneByOne(List<Write> batch) {
        for (Write w : batch) {
            RuntimeException failure = null;
            try {
                switch (w) {
                    case CallInsert c -> transaction(con -> JdbcCallStore.writeBatch(con,
                            List.of(new JdbcCallStore.NewCall(c.call(), c.statusCallback())), List.of()));
                    case CallUpdate u -> transaction(con -> JdbcCallStore.writeBatch(con, List.of(), List.of(u.call())));
                    case EntryInsert e -> transaction(con -> JdbcCallTimelineStore.insertBatch(con, List.of(e.entry())));
                    case CallbackSent s -> transaction(con -> JdbcCallStore.markSent(con, List.of(s.callSid())));
                    case Flush f -> { }
                }
            } catch (RuntimeException e) {
                failure = e;
                if (!(w instanceof CallInsert)) LOG.error("call {}: a write was lost: {}", callSid(w), e.toString(), e);
            }
            done(w, failure);
        }
    }

    private void done(Write w, RuntimeException failure) {
        try {
            committed.accept(w);
        } catch (RuntimeException e) {
            LOG.warn("group commit listener failed", e);
        }
        CompletableFuture<Void> f = waiter(w);
        if (f == null) return;
        if (failure == null) awaitingSync.add(w); // released once durable
        else f.completeExceptionally(Sql.isUniqueViolation(failure) ? duplicate(w, failure) : failure);
    }

    private static CompletableFuture<Void> waiter(Write w) {
        return switch (w) {
            case CallInsert c -> c.done();
            case Flush fl -> fl.done();
            default -> null;
        };
    }

    /** Makes everything committed so far durable and releases its waiters; on failure they wait for the next try. */
    private void syncNow() {
        try {
            sync.run();
        } catch (RuntimeException e) {
            lastSync = System.nanoTime();
            if (++syncFailures < SYNC_ATTEMPTS && !closing) {
                if (syncFailures == 1) LOG.warn("could not make committed writes durable; trying again", e);
                return;
            }
            LOG.error("could not make committed writes durable after {} tries; their waiters are told so", syncFailures, e);
            for (Write w : awaitingSync) waiter(w).completeExceptionally(e);
            awaitingSync.clear();
            syncFailures = 0;
            return;
        }
        syncFailures = 0;
        lastSync = System.nanoTime();
        for (Write w : awaitingSync) waiter(w).complete(null);
        awaitingSync.clear();
    }

    private static RuntimeException duplicate(Write w, RuntimeException cause) {
        DuplicateKeyException e = new DuplicateKeyException("duplicate sid " + callSid(w));
        e.initCause(cause);
        return e;
    }

    private static String callSid(Write w) {
        return switch (w) {
            case CallInsert c -> c.call().sid();
            case CallUpdate u -> u.call().sid();
            case EntryInsert e -> e.entry().callSid() + (e.entry() instanceof ErrorRaised r ? " (" + r.notificationSid() + ")" : "");
            case CallbackSent s -> s.callSid();
            case Flush f -> "-";
        };
    }

    static void join(CompletableFuture<Void> done) {
        try {
            done.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreOverloadedException("interrupted while waiting for a database write");
        }
    }

    /** Commits everything queued (waiting at most {@link #CLOSE_PATIENCE}), then stops the writer. */
    @Override
    public void close() {
        if (closing) return;
        try {
            CompletableFuture<Void> done = new CompletableFuture<>();
            submit(new Flush(done));
            done.get(CLOSE_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.warn("could not flush the last writes at shutdown", e);
        }
        closing = true;
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
