package dev.switchboard.server.api.calls;

import dev.switchboard.core.call.CallFilter;
import dev.switchboard.core.call.CallStatus;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.FormFields;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Reads the Calls list filters into a {@link CallFilter}. Names as Twilio's: {@code To},
 * {@code From}, {@code ParentCallSid}, {@code Status}, {@code StartTime}, {@code StartTime<},
 * {@code StartTime>}, {@code EndTime}, {@code EndTime<}, {@code EndTime>} (a query string
 * {@code StartTime<=2024-05-06} is the parameter {@code StartTime<}). An empty value counts as
 * not sent.
 *
 * <p>Dates: Twilio documents {@code YYYY-MM-DD} (UTC), while the helper libraries send a date-time
 * (twilio-java: {@code yyyy-MM-dd'T'HH:mm:ss} in UTC). Both are accepted, as is an ISO date-time
 * with an offset; only the UTC calendar date is used, since Twilio's filter works on whole days.
 * Anything else, or a {@code Status} outside Twilio's REST values (including the callback-only
 * {@code initiated}), is refused with 400 / 21200, the Calls-resource code.
 */
final class CallListFilters {
    /** Every filter parameter, in the order they are kept in page URIs. */
    static final String[] NAMES = {"To", "From", "ParentCallSid", "Status",
        "StartTime", "StartTime<", "StartTime>", "EndTime", "EndTime<", "EndTime>"};

    private CallListFilters() {}

    static CallFilter from(ApiRequest req) {
        CallFilter f = CallFilter.none();
        f = apply(f, param(req, "To"), CallFilter::withTo);
        f = apply(f, param(req, "From"), CallFilter::withFrom);
        f = apply(f, param(req, "ParentCallSid"), CallFilter::withParentCallSid);
        f = apply(f, param(req, "Status").map(CallListFilters::status), CallFilter::withStatus);
        f = apply(f, date(req, "StartTime"), CallFilter::withStartTimeOn);
        f = apply(f, date(req, "StartTime<"), CallFilter::withStartTimeBefore);
        f = apply(f, date(req, "StartTime>"), CallFilter::withStartTimeAfter);
        f = apply(f, date(req, "EndTime"), CallFilter::withEndTimeOn);
        f = apply(f, date(req, "EndTime<"), CallFilter::withEndTimeBefore);
        f = apply(f, date(req, "EndTime>"), CallFilter::withEndTimeAfter);
        return f;
    }

    private static <V> CallFilter apply(CallFilter f, Optional<V> value, BiFunction<CallFilter, V, CallFilter> with) {
        return value.map(v -> with.apply(f, v)).orElse(f);
    }

    private static Optional<String> param(ApiRequest req, String name) {
        return req.param(name).filter(v -> !v.isEmpty());
    }

    private static CallStatus status(String value) {
        return CallStatus.fromWire(value).orElseThrow(() -> FormFields.invalid("Status", value, "must be one of "
                + Arrays.stream(CallStatus.values()).map(CallStatus::wire).collect(Collectors.joining(", "))));
    }

    private static Optional<LocalDate> date(ApiRequest req, String name) {
        return param(req, name).map(v -> parseDate(v.trim()).orElseThrow(
                () -> FormFields.invalid(name, v, "must be a date as YYYY-MM-DD")));
    }

    /** The UTC date of {@code 2024-05-06}, {@code 2024-05-06T10:00:00} (UTC) or {@code 2024-05-06T10:00:00+02:00}. */
    static Optional<LocalDate> parseDate(String v) {
        try {
            if (v.length() == 10) return Optional.of(LocalDate.parse(v));
            try {
                return Optional.of(LocalDateTime.parse(v).toLocalDate());
            } catch (DateTimeParseException e) {
                return Optional.of(OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
