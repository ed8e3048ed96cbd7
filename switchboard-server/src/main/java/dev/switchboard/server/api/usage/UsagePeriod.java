package dev.switchboard.server.api.usage;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The Usage Records list and its eight subresources, each one Twilio operation: the path under
 * {@code /Usage/Records}, the {@code subresource_uris} key, the date range it covers when the caller
 * sends no {@code StartDate}/{@code EndDate}, and how it splits that range into records.
 * {@code RECORDS} is {@code ListUsageRecord}; the others are {@code ListUsageRecordAllTime},
 * {@code …Daily}, {@code …Monthly}, {@code …Yearly}, {@code …Today}, {@code …Yesterday},
 * {@code …ThisMonth}, {@code …LastMonth}.
 */
public enum UsagePeriod {
    RECORDS("", null, Range.SINCE_CREATION, Split.NONE),
    ALL_TIME("/AllTime", "all_time", Range.SINCE_CREATION, Split.NONE),
    DAILY("/Daily", "daily", Range.SINCE_CREATION, Split.DAY),
    MONTHLY("/Monthly", "monthly", Range.SINCE_CREATION, Split.MONTH),
    YEARLY("/Yearly", "yearly", Range.SINCE_CREATION, Split.YEAR),
    TODAY("/Today", "today", Range.TODAY, Split.NONE),
    YESTERDAY("/Yesterday", "yesterday", Range.YESTERDAY, Split.NONE),
    THIS_MONTH("/ThisMonth", "this_month", Range.THIS_MONTH, Split.NONE),
    LAST_MONTH("/LastMonth", "last_month", Range.LAST_MONTH, Split.NONE);

    enum Range { SINCE_CREATION, TODAY, YESTERDAY, THIS_MONTH, LAST_MONTH }

    /** How a range becomes records: one for the whole range, or one per calendar day/month/year in it. */
    enum Split { NONE, DAY, MONTH, YEAR }

    private final String pathSuffix;
    private final String subresourceKey;
    private final Range range;
    private final Split split;

    UsagePeriod(String pathSuffix, String subresourceKey, Range range, Split split) {
        this.pathSuffix = pathSuffix;
        this.subresourceKey = subresourceKey;
        this.range = range;
        this.split = split;
    }

    /** The path relative to the account: {@code /Usage/Records/Daily.json}. */
    public String path() { return "/Usage/Records" + pathSuffix + ".json"; }

    String subresourceKey() { return subresourceKey; }

    Split split() { return split; }

    LocalDate defaultStart(LocalDate created, LocalDate today) {
        return switch (range) {
            case SINCE_CREATION -> created.isAfter(today) ? today : created;
            case TODAY -> today;
            case YESTERDAY -> today.minusDays(1);
            case THIS_MONTH -> today.withDayOfMonth(1);
            case LAST_MONTH -> today.minusMonths(1).withDayOfMonth(1);
        };
    }

    LocalDate defaultEnd(LocalDate today) {
        return switch (range) {
            case SINCE_CREATION, TODAY, THIS_MONTH -> today;
            case YESTERDAY -> today.minusDays(1);
            case LAST_MONTH -> today.minusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
        };
    }
}
