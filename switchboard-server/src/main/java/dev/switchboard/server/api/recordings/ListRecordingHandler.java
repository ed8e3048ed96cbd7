package dev.switchboard.server.api.recordings;

import dev.switchboard.core.recording.Recording;
import dev.switchboard.core.recording.RecordingFilter;
import dev.switchboard.core.store.PageRequest;
import dev.switchboard.core.store.RecordingStore;
import dev.switchboard.server.api.ApiHandler;
import dev.switchboard.server.api.ApiJson;
import dev.switchboard.server.api.ApiRequest;
import dev.switchboard.server.api.ApiResponse;
import dev.switchboard.server.api.FormFields;
import dev.switchboard.server.api.Paging;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code GET /Accounts/{AccountSid}/Recordings.json} (filters {@code CallSid}, {@code ConferenceSid},
 * {@code DateCreated[<>]}) and, with {@code perCall}, {@code GET …/Calls/{CallSid}/Recordings.json}.
 * Newest first.
 */
public final class ListRecordingHandler implements ApiHandler {
    private final RecordingStore store;
    private final String publicUrl;
    private final boolean perCall;

    public ListRecordingHandler(RecordingStore store, String publicUrl, boolean perCall) {
        this.store = store;
        this.publicUrl = publicUrl;
        this.perCall = perCall;
    }

    @Override
    public ApiResponse handle(ApiRequest req) {
        PageRequest pr = Paging.request(req);
        RecordingFilter f = RecordingFilter.none();
        String listPath = ApiJson.accountPath(req.accountSid());
        String[] names;
        if (perCall) {
            f = f.withCallSid(req.pathParam("CallSid"));
            listPath += "/Calls/" + req.pathParam("CallSid") + "/Recordings.json";
            names = new String[] {"DateCreated", "DateCreated<", "DateCreated>"};
        } else {
            if (req.param("CallSid").filter(v -> !v.isEmpty()).isPresent()) f = f.withCallSid(req.param("CallSid").get());
            if (req.param("ConferenceSid").filter(v -> !v.isEmpty()).isPresent()) {
                f = f.withConferenceSid(req.param("ConferenceSid").get());
            }
            listPath += "/Recordings.json";
            names = new String[] {"CallSid", "ConferenceSid", "DateCreated", "DateCreated<", "DateCreated>"};
        }
        f = f.withDateCreated(date(req, "DateCreated"), date(req, "DateCreated<"), date(req, "DateCreated>"));
        var page = store.list(req.accountSid(), f, pr);
        return ApiResponse.ok(Paging.envelope("recordings", page, pr, listPath, Paging.filters(req, names),
                r -> perCall ? RecordingJson.call(r) : RecordingJson.account(r, publicUrl), Recording::sid));
    }

    private static Optional<LocalDate> date(ApiRequest req, String name) {
        return req.param(name).filter(v -> !v.isBlank()).map(v -> parse(v.trim())
                .orElseThrow(() -> FormFields.invalid(name, v, "must be a date as YYYY-MM-DD")));
    }

    private static Optional<LocalDate> parse(String v) {
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
}
