package dev.switchboard.core.recording;

import dev.switchboard.core.conference.ConferenceFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The filters of Twilio's Recordings lists; all given ones must hold. {@code callSid} and
 * {@code conferenceSid} match exactly. {@code DateCreated} days are UTC with the Calls list's
 * semantics: {@code On} = that day, {@code Before} = {@code <= 00:00Z of that day},
 * {@code After} = {@code >= 00:00Z of that day}.
 */
public record RecordingFilter(
        Optional<String> callSid,
        Optional<String> conferenceSid,
        Optional<LocalDate> dateCreatedOn,
        Optional<LocalDate> dateCreatedBefore,
        Optional<LocalDate> dateCreatedAfter) {

    public RecordingFilter {
        Objects.requireNonNull(callSid, "callSid");
        Objects.requireNonNull(conferenceSid, "conferenceSid");
        Objects.requireNonNull(dateCreatedOn, "dateCreatedOn");
        Objects.requireNonNull(dateCreatedBefore, "dateCreatedBefore");
        Objects.requireNonNull(dateCreatedAfter, "dateCreatedAfter");
    }

    public static RecordingFilter none() {
        return new RecordingFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public RecordingFilter withCallSid(String v) {
        return new RecordingFilter(Optional.of(v), conferenceSid, dateCreatedOn, dateCreatedBefore, dateCreatedAfter);
    }

    public RecordingFilter withConferenceSid(String v) {
        return new RecordingFilter(callSid, Optional.of(v), dateCreatedOn, dateCreatedBefore, dateCreatedAfter);
    }

    public RecordingFilter withDateCreated(Optional<LocalDate> on, Optional<LocalDate> before, Optional<LocalDate> after) {
        return new RecordingFilter(callSid, conferenceSid, on, before, after);
    }

    /** Whether {@code r} passes every given filter (the in-memory store's reading of the rules above). */
    public boolean matches(Recording r) {
        Instant t = r.dateCreated();
        return callSid.map(s -> s.equals(r.callSid())).orElse(true)
                && conferenceSid.map(s -> s.equals(r.conferenceSid())).orElse(true)
                && dateCreatedOn.map(d -> !t.isBefore(ConferenceFilter.midnight(d))
                        && t.isBefore(ConferenceFilter.midnight(d.plusDays(1)))).orElse(true)
                && dateCreatedBefore.map(d -> !t.isAfter(ConferenceFilter.midnight(d))).orElse(true)
                && dateCreatedAfter.map(d -> !t.isBefore(ConferenceFilter.midnight(d))).orElse(true);
    }
}
