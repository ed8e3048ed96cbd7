package dev.switchboard.core.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * The filters of Twilio's Conferences list; all given ones must hold. {@code friendlyName} matches
 * exactly. Dates are UTC days with the Calls list's semantics (see
 * {@link dev.switchboard.core.call.CallFilter}): {@code On} = that day, {@code Before} =
 * {@code <= 00:00Z of that day}, {@code After} = {@code >= 00:00Z of that day}.
 */
public record ConferenceFilter(
        Optional<String> friendlyName,
        Optional<ConferenceStatus> status,
        Optional<LocalDate> dateCreatedOn,
        Optional<LocalDate> dateCreatedBefore,
        Optional<LocalDate> dateCreatedAfter,
        Optional<LocalDate> dateUpdatedOn,
        Optional<LocalDate> dateUpdatedBefore,
        Optional<LocalDate> dateUpdatedAfter) {

    public ConferenceFilter {
        Objects.requireNonNull(friendlyName, "friendlyName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dateCreatedOn, "dateCreatedOn");
        Objects.requireNonNull(dateCreatedBefore, "dateCreatedBefore");
        Objects.requireNonNull(dateCreatedAfter, "dateCreatedAfter");
        Objects.requireNonNull(dateUpdatedOn, "dateUpdatedOn");
        Objects.requireNonNull(dateUpdatedBefore, "dateUpdatedBefore");
        Objects.requireNonNull(dateUpdatedAfter, "dateUpdatedAfter");
    }

    public static ConferenceFilter none() {
        return new ConferenceFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ConferenceFilter withFriendlyName(String v) {
        return new ConferenceFilter(Optional.of(v), status, dateCreatedOn, dateCreatedBefore, dateCreatedAfter,
                dateUpdatedOn, dateUpdatedBefore, dateUpdatedAfter);
    }

    public ConferenceFilter withStatus(ConferenceStatus v) {
        return new ConferenceFilter(friendlyName, Optional.of(v), dateCreatedOn, dateCreatedBefore, dateCreatedAfter,
                dateUpdatedOn, dateUpdatedBefore, dateUpdatedAfter);
    }

    public ConferenceFilter withDateCreated(Optional<LocalDate> on, Optional<LocalDate> before, Optional<LocalDate> after) {
        return new ConferenceFilter(friendlyName, status, on, before, after, dateUpdatedOn, dateUpdatedBefore, dateUpdatedAfter);
    }

    public ConferenceFilter withDateUpdated(Optional<LocalDate> on, Optional<LocalDate> before, Optional<LocalDate> after) {
        return new ConferenceFilter(friendlyName, status, dateCreatedOn, dateCreatedBefore, dateCreatedAfter, on, before, after);
    }

    /** Whether {@code c} passes every given filter (the in-memory store's reading of the rules above). */
    public boolean matches(Conference c) {
        return friendlyName.map(n -> n.equals(c.friendlyName())).orElse(true)
                && status.map(s -> s == c.status()).orElse(true)
                && day(c.dateCreated(), dateCreatedOn, dateCreatedBefore, dateCreatedAfter)
                && day(c.dateUpdated(), dateUpdatedOn, dateUpdatedBefore, dateUpdatedAfter);
    }

    private static boolean day(Instant t, Optional<LocalDate> on, Optional<LocalDate> before, Optional<LocalDate> after) {
        return on.map(d -> !t.isBefore(midnight(d)) && t.isBefore(midnight(d.plusDays(1)))).orElse(true)
                && before.map(d -> !t.isAfter(midnight(d))).orElse(true)
                && after.map(d -> !t.isBefore(midnight(d))).orElse(true);
    }

    public static Instant midnight(LocalDate d) { return d.atStartOfDay().toInstant(ZoneOffset.UTC); }
}
