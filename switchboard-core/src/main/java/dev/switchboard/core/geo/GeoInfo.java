package dev.switchboard.core.geo;

import java.util.Objects;

/**
 * Where a phone number is, as Twilio reports it in {@code FromCity}, {@code FromState},
 * {@code FromZip}, {@code FromCountry} and their {@code To…}/{@code Caller…}/{@code Called…}
 * twins (spec §1.2). Every field is best-effort and empty when unknown, never null.
 *
 * @param city    e.g. {@code PHILADELPHIA}
 * @param state   e.g. {@code PA}; outside North America an area name such as {@code Leicester}
 * @param zip     postal code, e.g. {@code 19104}
 * @param country ISO 3166-1 alpha-2 region, e.g. {@code US}, {@code GB}, {@code JE}
 */
public record GeoInfo(String city, String state, String zip, String country) {
    /** Nothing known. */
    public static final GeoInfo UNKNOWN = new GeoInfo("", "", "", "");

    public GeoInfo {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(country, "country");
    }
}
