package dev.switchboard.server.api;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads request parameters as Twilio takes them: the query string, plus for POST the
 * {@code application/x-www-form-urlencoded} body (body values win). A POST body of another type is
 * refused with a Twilio-coded 400 rather than silently ignored.
 */
final class RequestParams {
    private RequestParams() {}

    static Map<String, List<String>> read(Context ctx) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> params.put(k, new ArrayList<>(v)));
        if ("POST".equals(ctx.method().name())) {
            String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
            boolean hasBody = ctx.contentLength() > 0 || !ctx.body().isEmpty();
            if (type.startsWith("application/x-www-form-urlencoded")) {
                ctx.formParamMap().forEach((k, v) -> params.put(k, new ArrayList<>(v)));
            } else if (hasBody) {
                throw new TwilioException(TwilioError.BAD_REQUEST,
                        "expected Content-Type application/x-www-form-urlencoded, got " + (type.isEmpty() ? "none" : type));
            }
        }
        return params;
    }
}
