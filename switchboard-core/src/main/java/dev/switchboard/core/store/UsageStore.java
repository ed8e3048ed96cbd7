package dev.switchboard.core.store;

import dev.switchboard.core.usage.UsageEvent;
import dev.switchboard.core.usage.UsageTotal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The usage ledger: one {@link UsageEvent} per billed thing, summed on demand into Twilio's Usage
 * Records. Thread-safe; every method may block on I/O.
 */
public interface UsageStore {
    /**
     * Stores the event. Throws {@link DuplicateKeyException} when the same call already has an
     * event in this category (a leg is billed once), and stores nothing then.
     */
    void record(UsageEvent event);

    /**
     * Per-category sums of the events of any of {@code accountSids} whose UTC date ({@code at}) is
     * in {@code [start, end]} (both inclusive), optionally one category only. One total per
     * category that has at least one such event, ordered by category; empty when none (or when
     * {@code start} is after {@code end}).
     */
    List<UsageTotal> summarize(Collection<String> accountSids, Optional<String> category, LocalDate start, LocalDate end);
}
