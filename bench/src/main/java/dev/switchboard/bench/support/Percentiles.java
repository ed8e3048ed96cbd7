package dev.switchboard.bench.support;

import java.util.Arrays;

/** Nearest-rank percentiles over a finished set of samples (microseconds). Not thread-safe; fill from one thread or copy first. */
public final class Percentiles {
    private final long[] sorted;

    public Percentiles(long[] samples) {
        this.sorted = samples.clone();
        Arrays.sort(sorted);
    }

    public int count() { return sorted.length; }

    /** The {@code p}-th percentile (0 < p ≤ 100); 0 when there are no samples. */
    public long at(double p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public long max() { return sorted.length == 0 ? 0 : sorted[sorted.length - 1]; }

    /** "p50 1.2 ms, p99 4.5 ms, max 9.0 ms" for microsecond samples. */
    public String summaryMillis() {
        return String.format("p50 %.2f ms, p99 %.2f ms, max %.2f ms (%,d samples)", at(50) / 1000.0, at(99) / 1000.0,
                max() / 1000.0, count());
    }
}
