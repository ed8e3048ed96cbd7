package dev.switchboard.server.db;

import dev.switchboard.core.call.Call;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What the group-commit stores remember about the calls they are writing: per call, its account
 * (so an update can answer at once whether the call exists) and its last timeline sequence (so an
 * append needs no {@code MAX()} query), plus the newest call version not yet committed (so reads
 * see it). Entries idle for {@link #IDLE_NANOS} are forgotten; the stores then fall back to the
 * database, which is correct, just slower. Thread-safe.
 */
final class CallJournal {
    static final long IDLE_NANOS = 120_000_000_000L;

    /** One call's bookkeeping; {@link #lock} guards {@link #lastSequence} and {@link #forgotten}. */
    static final class Tracked {
        final ReentrantLock lock = new ReentrantLock();
        volatile String accountSid;
        /** The last sequence stored or queued; -1 while unknown (then read from the database). */
        long lastSequence = -1;
        boolean forgotten;
        volatile long touched = System.nanoTime();
    }

    private final Map<String, Tracked> calls = new ConcurrentHashMap<>();
    private final Map<String, Call> uncommitted = new ConcurrentHashMap<>();

    /** The call's entry, locked; the caller unlocks it. Never a forgotten one. */
    Tracked lock(String callSid) {
        while (true) {
            Tracked t = calls.computeIfAbsent(callSid, k -> new Tracked());
            t.lock.lock();
            if (!t.forgotten) {
                t.touched = System.nanoTime();
                return t;
            }
            t.lock.unlock();
        }
    }

    /** The call's account when known (created here, or seen recently). */
    String accountOf(String callSid) {
        Tracked t = calls.get(callSid);
        return t == null ? null : t.accountSid;
    }

    void remember(String callSid, String accountSid, boolean newCall) {
        Tracked t = lock(callSid);
        try {
            t.accountSid = accountSid;
            if (newCall && t.lastSequence < 0) t.lastSequence = 0;
        } finally {
            t.lock.unlock();
        }
    }

    void forget(String callSid) {
        Tracked t = calls.get(callSid);
        if (t == null) return;
        t.lock.lock();
        try {
            t.forgotten = true;
            calls.remove(callSid, t);
        } finally {
            t.lock.unlock();
        }
    }

    /** The newest version of the call not yet committed, if any. */
    Call uncommitted(String callSid) { return uncommitted.get(callSid); }

    void pending(Call call) { uncommitted.put(call.sid(), call); }

    /** {@code call} is durable: reads may go to the database again unless a newer version is queued. */
    void committed(Call call) { uncommitted.remove(call.sid(), call); }

    /** Forgets entries idle for longer than {@link #IDLE_NANOS}; on the writer thread. */
    void sweep() {
        long cutoff = System.nanoTime() - IDLE_NANOS;
        for (var e : calls.entrySet()) {
            Tracked t = e.getValue();
            if (t.touched - cutoff >= 0 || uncommitted.containsKey(e.getKey()) || !t.lock.tryLock()) continue;
            try {
                t.forgotten = true;
                calls.remove(e.getKey(), t);
            } finally {
                t.lock.unlock();
            }
        }
    }

    int size() { return calls.size(); }
}
