package dev.switchboard.server.api.trunking;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The v1 value formats and URLs: ISO 8601 dates in UTC to the second ({@code 2018-05-09T20:47:35Z}) and absolute
 * resource URLs on the platform's public URL, Switchboard's counterpart of {@code https://trunking.twilio.com}.
 */
final class V1Json {
    private final String base;

    /** @param publicUrl the platform's public base URL, without a trailing slash */
    V1Json(String publicUrl) {
        this.base = publicUrl + "/v1";
    }

    static String date(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    String trunks() {
        return base + "/Trunks";
    }

    String trunk(String sid) {
        return trunks() + "/" + sid;
    }

    /** {@code …/Trunks/{trunkSid}/<rest>}. */
    String underTrunk(String trunkSid, String rest) {
        return trunk(trunkSid) + "/" + rest;
    }

    /** The base of the platform's {@code 2010-04-01} API, for links into it. */
    String api2010(String path) {
        return base.substring(0, base.length() - "/v1".length()) + path;
    }
}
