package dev.switchboard.server.media;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * What an HTTP answer's caching headers (RFC 9111) allow for a {@code <Play>} file, as Twilio
 * honours them: {@code no-store} keeps nothing; {@code no-cache} (or no freshness information)
 * keeps the audio but asks again with its validators each time; {@code max-age}/{@code s-maxage}
 * or {@code Expires} (against {@code Date}) make it fresh for that long. {@code ETag} and
 * {@code Last-Modified} are the validators of a conditional request. Pure.
 *
 * @param storable    false for {@code no-store}
 * @param freshUntil  until when the audio may be used without asking; {@code fetchedAt} when it must be revalidated
 * @param etag        the {@code ETag}, if any
 * @param lastModified the {@code Last-Modified} text, if any
 */
record HttpFreshness(boolean storable, Instant freshUntil, Optional<String> etag, Optional<String> lastModified) {

    static HttpFreshness of(HttpHeaders headers, Instant fetchedAt) {
        String cacheControl = String.join(",", headers.allValues("Cache-Control")).toLowerCase(Locale.ROOT);
        Optional<String> etag = headers.firstValue("ETag");
        Optional<String> lastModified = headers.firstValue("Last-Modified");
        boolean noStore = directive(cacheControl, "no-store").isPresent();
        if (directive(cacheControl, "no-cache").isPresent() || noStore) {
            return new HttpFreshness(!noStore, fetchedAt, etag, lastModified);
        }
        Optional<Duration> maxAge = directive(cacheControl, "s-maxage").or(() -> directive(cacheControl, "max-age"))
                .flatMap(HttpFreshness::seconds);
        if (maxAge.isPresent()) return new HttpFreshness(true, fetchedAt.plus(maxAge.get()), etag, lastModified);
        Optional<Instant> expires = headers.firstValue("Expires").flatMap(HttpFreshness::date);
        if (expires.isPresent()) {
            Instant date = headers.firstValue("Date").flatMap(HttpFreshness::date).orElse(fetchedAt);
            Duration lifetime = Duration.between(date, expires.get());
            return new HttpFreshness(true, lifetime.isNegative() ? fetchedAt : fetchedAt.plus(lifetime), etag, lastModified);
        }
        return new HttpFreshness(true, fetchedAt, etag, lastModified); // nothing said: keep it, but ask each time
    }

    boolean freshAt(Instant now) { return now.isBefore(freshUntil); }

    /** {@code this} after a 304 that carried {@code headers}: new lifetime, validators kept unless replaced. */
    HttpFreshness revalidated(HttpHeaders headers, Instant at) {
        HttpFreshness next = of(headers, at);
        return new HttpFreshness(next.storable, next.freshUntil, next.etag.or(() -> etag), next.lastModified.or(() -> lastModified));
    }

    /** The value of {@code name} in a Cache-Control list ("" for a directive without one). */
    private static Optional<String> directive(String cacheControl, String name) {
        for (String part : cacheControl.split(",")) {
            String p = part.trim();
            if (p.equals(name)) return Optional.of("");
            if (p.startsWith(name + "=")) return Optional.of(p.substring(name.length() + 1).replace("\"", "").trim());
        }
        return Optional.empty();
    }

    private static Optional<Duration> seconds(String value) {
        try {
            long s = Long.parseLong(value);
            return Optional.of(Duration.ofSeconds(Math.max(0, s)));
        } catch (NumberFormatException e) {
            return Optional.of(Duration.ZERO); // an invalid max-age means stale (RFC 9111 §4.2.1)
        }
    }

    private static Optional<Instant> date(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
