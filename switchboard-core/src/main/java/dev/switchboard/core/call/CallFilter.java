package dev.switchboard.core.call;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The filters of Twilio's Calls list; an empty filter matches every call. All given filters must
 * hold (AND). {@code to}, {@code from} and {@code parentCallSid} match exactly.
 *
 * <p>Dates are UTC calendar days, as Twilio documents for {@code StartTime}/{@code EndTime}
 * ("Only include calls that started on this date. Specify a date as YYYY-MM-DD in UTC … You can
 * also specify an inequality, such as StartTime&lt;=YYYY-MM-DD, to read calls that started on or
 * before midnight of this date, and StartTime&gt;=YYYY-MM-DD to read calls that started on or after
 * midnight of this date" — Call resource page and OpenAPI {@code ListCall}). On the wire those
 * inequalities arrive as the parameters {@code StartTime<} and {@code StartTime>}. Hence, with
 * {@code m} = 00:00:00Z of the given date:
 * <ul>
 *   <li>{@code startTimeOn(d)}: {@code m <= startTime < m + 1 day} ({@code StartTime=d});</li>
 *   <li>{@code startTimeBefore(d)}: {@code startTime <= m}, i.e. started before that day (or at
 *       its very first instant) ({@code StartTime<=d});</li>
 *   <li>{@code startTimeAfter(d)}: {@code startTime >= m}, i.e. started on or after that day
 *       ({@code StartTime>=d}).</li>
 * </ul>
 * {@code endTime*} work the same on {@code endTime}. A call whose time is still {@code null}
 * (not started, not ended) never matches a filter on that time.
 */
public record CallFilter(
        Optional<String> to,
        Optional<String> from,
        Optional<String> parentCallSid,
        Optional<CallStatus> status,
        Optional<LocalDate> startTimeOn,
        Optional<LocalDate> startTimeBefore,
        Optional<LocalDate> startTimeAfter,
        Optional<LocalDate> endTimeOn,
        Optional<LocalDate> endTimeBefore,
        Optional<LocalDate> endTimeAfter) {

    private static final CallFilter NONE = new CallFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public CallFilter {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(parentCallSid, "parentCallSid");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startTimeOn, "startTimeOn");
        Objects.requireNonNull(startTimeBefore, "startTimeBefore");
        Objects.requireNonNull(startTimeAfter, "startTimeAfter");
        Objects.requireNonNull(endTimeOn, "endTimeOn");
        Objects.requireNonNull(endTimeBefore, "endTimeBefore");
        Objects.requireNonNull(endTimeAfter, "endTimeAfter");
    }

    /** No filter: every call of the account. */
    public static CallFilter none() { return NONE; }

    public CallFilter withTo(String v) { return new CallFilter(Optional.of(v), from, parentCallSid, status, startTimeOn, startTimeBefore, startTimeAfter, endTimeOn, endTimeBefore, endTimeAfter); }

    public CallFilter withFrom(String v) { return new CallFilter(to, Optional.of(v), parentCallSid, status, startTimeOn, startTimeBefore, startTimeAfter, endTimeOn, endTimeBefore, endTimeAfter); }

    public CallFilter withParentCallSid(String v) { return new CallFilter(to, from, Optional.of(v), status, startTimeOn, startTimeBefore, startTimeAfter, endTimeOn, endTimeBefore, endTimeAfter); }

    public CallFilter withStatus(CallStatus v) { return new CallFilter(to, from, parentCallSid, Optional.of(v), startTimeOn, startTimeBefore, startTimeAfter, endTimeOn, endTimeBefore, endTimeAfter); }

    public CallFilter withStartTimeOn(LocalDate v) { return new CallFilter(to, from, parentCallSid, status, Optional.of(v), startTimeBefore, startTimeAfter, endTimeOn, endTimeBefore, endTimeAfter); }

    public CallFilter withStartTimeBefore(LocalDate v) { return new CallFilter(to, from, parentCallSid, status, startTimeOn, Optional.of(v), startTimeAfter, endTimeOn, endTimeBefore, endTimeAfter); }

    public CallFilter withStartTimeAfter(LocalDate v) { return new CallFilter(to, from, parentCallSid, status, startTimeOn, startTimeBefore, Optional.of(v), endTimeOn, endTimeBefore, endTimeAfter); }

    public CallFilter withEndTimeOn(LocalDate v) { return new CallFilter(to, from, parentCallSid, status, startTimeOn, startTimeBefore, startTimeAfter, Optional.of(v), endTimeBefore, endTimeAfter); }

    public CallFilter withEndTimeBefore(LocalDate v) { return new CallFilter(to, from, parentCallSid, status, startTimeOn, startTimeBefore, startTimeAfter, endTimeOn, Optional.of(v), endTimeAfter); }

    public CallFilter withEndTimeAfter(LocalDate v) { return new CallFilter(to, from, parentCallSid, status, startTimeOn, startTimeBefore, startTimeAfter, endTimeOn, endTimeBefore, Optional.of(v)); }

    /** 00:00:00Z of {@code date}: the instant every date filter compares against. */
    public static Instant midnight(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Whether {@code call} passes every given filter; the reference the stores implement. */
    public boolean matches(Call call) {
        return to.map(v -> v.equals(call.to())).orElse(true)
                && from.map(v -> v.equals(call.from())).orElse(true)
                && parentCallSid.map(v -> v.equals(call.parentCallSid())).orElse(true)
                && status.map(v -> v == call.status()).orElse(true)
                && timeMatches(call.startTime(), startTimeOn, startTimeBefore, startTimeAfter)
                && timeMatches(call.endTime(), endTimeOn, endTimeBefore, endTimeAfter);
    }

    private static boolean timeMatches(Instant t, Optional<LocalDate> on, Optional<LocalDate> before,
                                       Optional<LocalDate> after) {
        if (on.isEmpty() && before.isEmpty() && after.isEmpty()) return true;
        if (t == null) return false;
        return on.map(d -> !t.isBefore(midnight(d)) && t.isBefore(midnight(d.plusDays(1)))).orElse(true)
                && before.map(d -> !t.isAfter(midnight(d))).orElse(true)
                && after.map(d -> !t.isBefore(midnight(d))).orElse(true);
    }
}
