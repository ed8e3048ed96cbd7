package dev.switchboard.core.webhook;

import dev.switchboard.core.geo.GeoInfo;
import dev.switchboard.core.geo.GeoLookup;

/**
 * The geographic and legacy parameters of a voice webhook (spec §1.2): {@code Caller} (= From) and
 * {@code Called} (= To) always; for each side that is an E.164 number, its four geo fields twice —
 * {@code FromCity, FromState, FromZip, FromCountry} and {@code CallerCity …} for From,
 * {@code ToCity …} and {@code CalledCity …} for To — with empty values when unknown.
 *
 * <p>Why only for phone numbers: Twilio's requests for Voice SDK calls carry
 * {@code Caller=client:…} and an empty {@code Called} but no geo fields at all, while PSTN
 * requests carry every geo field even when empty ({@code FromCity=&FromZip=}); both shapes are
 * visible in captured Twilio request bodies. Pure; blocks only as long as the lookup does.
 */
public final class GeoParameters {
    private GeoParameters() {}

    /** {@code params} with the geo and legacy parameters for this From/To appended. */
    public static FormParams append(FormParams params, String from, String to, GeoLookup lookup) {
        return params.addAll(of(from, to, lookup));
    }

    /** Only the geo and legacy parameters for this From/To. */
    public static FormParams of(String from, String to, GeoLookup lookup) {
        GeoInfo fromGeo = geoOf(from, lookup);
        GeoInfo toGeo = geoOf(to, lookup);
        FormParams.Builder params = FormParams.builder();
        addGeo(params, "From", fromGeo);
        addGeo(params, "To", toGeo);
        params.add("Caller", from);
        addGeo(params, "Caller", fromGeo);
        params.add("Called", to);
        addGeo(params, "Called", toGeo);
        return params.build();
    }

    /** Null marks "not a phone number": no geo fields at all, as opposed to empty ones. */
    private static GeoInfo geoOf(String address, GeoLookup lookup) {
        return GeoLookup.isE164(address) ? lookup.lookup(address) : null;
    }

    private static void addGeo(FormParams.Builder params, String prefix, GeoInfo geo) {
        if (geo == null) {
            return;
        }
        params.add(prefix + "City", geo.city())
                .add(prefix + "State", geo.state())
                .add(prefix + "Zip", geo.zip())
                .add(prefix + "Country", geo.country());
    }
}
