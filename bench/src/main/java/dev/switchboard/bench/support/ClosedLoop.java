package dev.switchboard.bench.support;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** {@code inFlight} virtual threads each repeating one operation until {@code duration} has passed (a closed-loop load). */
public final class ClosedLoop {
    /** One operation; a thrown exception ends that loop's thread only. */
    public interface Op {
        void run() throws Exception;
    }

    private ClosedLoop() {}

    /** Runs the loops and answers the seconds they ran. Blocks until every loop has stopped. */
    public static double run(int inFlight, Duration duration, Op op) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < inFlight; i++) {
                pool.submit(() -> {
                    while (System.nanoTime() < deadline) op.run();
                    return null;
                });
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
