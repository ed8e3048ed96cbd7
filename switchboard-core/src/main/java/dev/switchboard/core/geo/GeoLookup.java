package dev.switchboard.core.geo;

/**
 * Port: the geographic data Twilio attaches to a phone number. Implementations take any call
 * address ({@code +14155551234}, {@code client:alice}, {@code sip:bob@example.com}, empty) and
 * return {@link GeoInfo#UNKNOWN} for anything that is not an E.164 number. They must be
 * thread-safe, must not throw for bad input, and should answer from memory without blocking
 * (a lookup happens on every webhook); the server's adapter uses libphonenumber's offline geocoder.
 */
@FunctionalInterface
public interface GeoLookup {
    /** Knows nothing about any number. */
    GeoLookup NONE = address -> GeoInfo.UNKNOWN;

    GeoInfo lookup(String address);

    /** Whether {@code address} is an E.164 number: {@code +}, then 2 to 15 digits, the first not 0. */
    static boolean isE164(String address) {
        int length = address.length();
        if (length < 3 || length > 16 || address.charAt(0) != '+' || address.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = address.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
