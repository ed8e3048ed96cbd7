package dev.switchboard.server.geo;

import dev.switchboard.core.geo.GeoInfo;
import java.util.Locale;

/**
 * Turns a libphonenumber geocoder description into Twilio's City/State fields. The shapes follow
 * what captured Twilio request bodies show:
 *
 * <ul>
 *   <li>North America (+1): the city in upper case and the two-letter state or province
 *       ({@code CallerCity=PHILADELPHIA&CallerState=PA}, spec §1.2). The geocoder says
 *       {@code "Philadelphia, PA"}, {@code "Cherry Street, Philadelphia, PA"} (the city is the
 *       part before the code), or only a state or province name ({@code "Pennsylvania"} → state
 *       {@code PA}, no city). A lone place name that is not a state ({@code "Toronto"},
 *       {@code "Negril"}) becomes the city; names joined by a slash are ambiguous and dropped.
 *   <li>Elsewhere: Twilio puts the area in State, in its own case, and leaves City empty
 *       ({@code ToState=Leicester}, {@code ToState=Edinburgh}, {@code ToState=Bishops Stortford}
 *       for British numbers), so the description goes to State.
 *   <li>When the description is only the country's name (the geocoder's fallback, e.g. for
 *       mobiles), or empty, City and State stay empty.
 * </ul>
 */
final class GeocoderDescription {
    private static final int NANP = 1;

    private GeocoderDescription() {}

    static GeoInfo toGeo(int countryCode, String region, String description) {
        String area = description.strip();
        if (area.isEmpty() || isCountryName(area, region)) {
            return new GeoInfo("", "", "", region);
        }
        if (countryCode != NANP) {
            return new GeoInfo("", area, "", region);
        }
        String[] parts = area.split(",");
        String last = parts[parts.length - 1].strip();
        if (parts.length >= 2 && last.matches("[A-Z]{2}")) {
            return new GeoInfo(upper(parts[parts.length - 2]), last, "", region);
        }
        if (area.contains("/")) {
            return new GeoInfo("", "", "", region); // "Nova Scotia/Prince Edward Island": ambiguous
        }
        return NorthAmericanStates.code(area)
                .map(state -> new GeoInfo("", state, "", region))
                .orElseGet(() -> new GeoInfo(upper(area), "", "", region));
    }

    private static boolean isCountryName(String area, String region) {
        return area.equalsIgnoreCase(Locale.of("", region).getDisplayCountry(Locale.ENGLISH))
                || area.equals("United States") || area.equals("Canada");
    }

    private static String upper(String city) {
        return city.strip().toUpperCase(Locale.ROOT);
    }
}
