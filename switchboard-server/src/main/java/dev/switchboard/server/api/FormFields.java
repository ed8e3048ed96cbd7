package dev.switchboard.server.api;

import dev.switchboard.core.error.TwilioError;
import dev.switchboard.core.error.TwilioException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Typed reads of PascalCase request parameters with Twilio's validation: booleans, HTTP methods,
 * callback URLs, bounded strings. Every refusal is a Twilio-coded {@link TwilioException}.
 */
public final class FormFields {
    public static final int FRIENDLY_NAME_MAX = 64;

    private FormFields() {}

    public static Optional<Boolean> bool(ApiRequest req, String name) {
        return req.param(name).map(v -> switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name, v, "must be true or false");
        });
    }

    /** {@code GET} or {@code POST}, case-insensitive as Twilio accepts them; answered in upper case. */
    public static Optional<String> method(ApiRequest req, String name, TwilioError error) {
        return req.param(name).map(v -> {
            String m = v.trim().toUpperCase(Locale.ROOT);
            if (!m.equals("GET") && !m.equals("POST")) throw new TwilioException(error, name + " must be GET or POST, got '" + v + "'");
            return m;
        });
    }

    /** An absolute http(s) URL, or the empty string (which clears the field); else {@code error}. */
    public static Optional<String> url(ApiRequest req, String name, TwilioError error) {
        return req.param(name).map(v -> {
            if (v.isEmpty()) return v;
            if (!isHttpUrl(v)) throw new TwilioException(error, name, v);
            return v;
        });
    }

    public static boolean isHttpUrl(String v) {
        try {
            URI u = new URI(v);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null && !u.getHost().contains("_");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** A FriendlyName: at most 64 characters, else Twilio's 20002. */
    public static Optional<String> friendlyName(ApiRequest req) {
        return req.param("FriendlyName").map(v -> {
            if (v.codePointCount(0, v.length()) > FRIENDLY_NAME_MAX) {
                throw new TwilioException(TwilioError.INVALID_FRIENDLY_NAME, "it must be at most " + FRIENDLY_NAME_MAX + " characters");
            }
            return v;
        });
    }

    public static String required(ApiRequest req, String name) {
        return req.param(name).filter(v -> !v.isBlank())
                .orElseThrow(() -> new TwilioException(TwilioError.MISSING_PARAMETER, name));
    }

    public static TwilioException invalid(String name, String value, String why) {
        return new TwilioException(TwilioError.PARAMETER_INVALID, "Invalid " + name + " '" + value + "': " + why);
    }

    /** {@code 2010-04-01}, or the legacy {@code 2008-08-01} that switches webhooks to the old contract. */
    public static Optional<String> apiVersion(ApiRequest req) {
        return req.param("ApiVersion").map(v -> {
            if (!v.equals("2010-04-01") && !v.equals("2008-08-01")) {
                throw invalid("ApiVersion", v, "must be 2010-04-01 or 2008-08-01");
            }
            return v;
        });
    }

    /** An empty update value clears an optional field, as Twilio's API does. */
    public static String blankToNull(String v) { return v == null || v.isEmpty() ? null : v; }

    /**
     * An update's rule for an optional field: sent and empty clears it ({@code null}), sent with a
     * value replaces it, not sent keeps {@code current}. ({@code map(blankToNull).orElse(current)}
     * cannot clear: a map to null is an empty Optional, which then keeps the old value.)
     */
    public static String replaceOrClear(Optional<String> given, String current) {
        return given.isPresent() ? blankToNull(given.get()) : current;
    }
}
