package dev.switchboard.server.api.conferences;

import dev.switchboard.core.conference.Conference;
import dev.switchboard.core.conference.ConferenceFilter;
import dev.switchboard.core.conference.ConferenceStatus;
import dev.switchboard.core.store.ConferenceStore;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiJson;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import dev.switchboard.server.api.Paging;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code GET /Accounts/{AccountSid}/Conferences.json}, newest first, with Twilio's filters
 * {@code FriendlyName}, {@code Status}, {@code DateCreated[<>]}, {@code DateUpdated[<>]} (UTC days,
 * as the Calls list's dates).
 */
public final class ListConferenceHandler implements ApiHandler {
    static final String[] FILTERS = {"FriendlyName", "Status", "DateCreated", "DateCreated<", "DateCreated>",
            "DateUpdated", "DateUpdated<", "DateUpdated>"};
    private final ConferenceStore conferences;

    public ListConferenceHandler(ConferenceStore conferences) { this.conferences = conferences; }

    @Override
    public ApiResponse handle(ApiRequest req) {
        PageRequest pr = Paging.request(req);
        ConferenceFilter f = ConferenceFilter.none();
        if (req.param("FriendlyName").isPresent()) f = f.withFriendlyName(req.param("FriendlyName").get());
        if (req.param("Status").isPresent()) {
            String v = req.param("Status").get();
            f = f.withStatus(ConferenceStatus.fromWire(v)
                    .orElseThrow(() -> FormFields.invalid("Status", v, "must be init, in-progress or completed")));
        }
        f = f.withDateCreated(date(req, "DateCreated"), date(req, "DateCreated<"), date(req, "DateCreated>"));
        f = f.withDateUpdated(date(req, "DateUpdated"), date(req, "DateUpdated<"), date(req, "DateUpdated>"));
        var page = conferences.list(req.accountSid(), f, pr);
        return ApiResponse.ok(Paging.envelope("conferences", page, pr, ApiJson.accountPath(req.accountSid()) + "/Conferences.json",
                Paging.filters(req, FILTERS), ConferenceJson::of, Conference::sid));
    }

    /** The UTC date of {@code 2024-05-06}, {@code 2024-05-06T10:00:00} (UTC, as twilio-java sends) or an offset date-time. */
    static Optional<LocalDate> parseDate(String v) {
        try {
            if (v.length() == 10) return Optional.of(LocalDate.parse(v));
            try {
                return Optional.of(java.time.LocalDateTime.parse(v).toLocalDate());
            } catch (java.time.format.DateTimeParseException e) {
                return Optional.of(java.time.OffsetDateTime.parse(v).withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDate());
            }
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(ApiRequest req, String name) {
        return req.param(name).filter(v -> !v.isBlank()).map(v -> parseDate(v.trim())
                .orElseThrow(() -> FormFields.invalid(name, v, "must be a date as YYYY-MM-DD")));
    }
}
