package dev.switchboard.server.api.usage;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import dev.switchboard.server.api.ApiRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Usage Records' {@code StartDate}/{@code EndDate}: a UTC date {@code YYYY-MM-DD}, or an offset
 * from today as Twilio documents it ({@code -30days}, {@code +30days}; {@code day} also accepted).
 * Anything else is 21200.
 */
final class UsageDates {
    private static final Pattern RELATIVE = Pattern.compile("([+-])(\\d{1,5})days?");

    private UsageDates() {}

    static Optional<LocalDate> read(ApiRequest req, String name, LocalDate today) {
        return req.param(name).map(String::trim).filter(v -> !v.isEmpty()).map(v -> parse(name, v, today));
    }

    static LocalDate parse(String name, String value, LocalDate today) {
        Matcher m = RELATIVE.matcher(value);
        if (m.matches()) {
            long n = Long.parseLong(m.group(2));
            return m.group(1).equals("-") ? today.minusDays(n) : today.plusDays(n);
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TwilioException(TwilioError.PARAMETER_INVALID,
                    "Invalid " + name + " '" + value + "': must be YYYY-MM-DD or an offset such as -30days");
        }
    }
}
