package dev.switchboard.server.api;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place a failure becomes Twilio's error body {@code {code, message, more_info, status}}.
 * Unexpected exceptions become a 20500 whose message never carries internals.
 */
public final class ApiErrors {
    private ApiErrors() {}

    public static ApiResponse toResponse(TwilioException e) {
        return body(e.error(), e.getMessage(), e.httpStatus());
    }

    public static ApiResponse internal() {
        TwilioError err = TwilioError.INTERNAL;
        return body(err, err.template(), err.httpStatus());
    }

    public static ApiResponse body(TwilioError error, String message, int status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", error.code());
        body.put("message", message);
        body.put("more_info", error.moreInfo());
        body.put("status", status);
        return new ApiResponse(status, body);
    }
}
