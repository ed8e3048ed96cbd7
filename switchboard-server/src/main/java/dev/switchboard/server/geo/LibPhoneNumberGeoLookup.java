package dev.switchboard.server.geo;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;
import dev.switchboard.core.geo.GeoInfo;
import dev.switchboard.core.geo.GeoLookup;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link GeoLookup} backed by Google libphonenumber and its offline geocoder (English data). Never
 * touches the network; thread-safe; the first lookup for a country loads that country's geocoder
 * data from the classpath (milliseconds), later ones answer from a bounded LRU cache.
 *
 * <ul>
 *   <li>Country: the ISO 3166-1 alpha-2 region libphonenumber assigns to the number ({@code US},
 *       {@code CA}, {@code GB}, {@code JE}, {@code JM}), as Twilio sends it.
 *   <li>City and state: derived from the geocoder's description, see {@link GeocoderDescription}
 *       ({@code "Philadelphia, PA"} → {@code PHILADELPHIA}/{@code PA}; {@code "Leicester"} in
 *       Britain → state {@code Leicester}).
 *   <li>Zip: always empty. libphonenumber has no postal data, and a number's area says nothing
 *       reliable about a postal code.
 *   <li>Anything that is not E.164, numbers libphonenumber considers invalid (unassigned ranges
 *       such as area code 555 in {@code +15555555555}, the Ofcom drama range
 *       {@code +447700900xxx}) and non-geographic numbers ({@code +800…}) give
 *       {@link GeoInfo#UNKNOWN}.
 * </ul>
 */
public final class LibPhoneNumberGeoLookup implements GeoLookup {
    /** Distinct numbers remembered; a few hundred bytes each. */
    public static final int DEFAULT_CACHE_SIZE = 10_000;

    private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();
    private final PhoneNumberOfflineGeocoder geocoder = PhoneNumberOfflineGeocoder.getInstance();
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, GeoInfo> cache;

    public LibPhoneNumberGeoLookup() {
        this(DEFAULT_CACHE_SIZE);
    }

    public LibPhoneNumberGeoLookup(int cacheSize) {
        if (cacheSize < 1) {
            throw new IllegalArgumentException("cacheSize must be positive, was " + cacheSize);
        }
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, GeoInfo> eldest) {
                return size() > cacheSize;
            }
        };
    }

    @Override
    public GeoInfo lookup(String address) {
        if (!GeoLookup.isE164(address)) {
            return GeoInfo.UNKNOWN;
        }
        GeoInfo cached = cached(address);
        if (cached != null) {
            return cached;
        }
        // Computed outside the lock: two threads may both compute one number, which is harmless.
        GeoInfo geo = compute(address);
        lock.lock();
        try {
            cache.put(address, geo);
        } finally {
            lock.unlock();
        }
        return geo;
    }

    private GeoInfo cached(String address) {
        lock.lock();
        try {
            return cache.get(address);
        } finally {
            lock.unlock();
        }
    }

    private GeoInfo compute(String e164) {
        PhoneNumber number;
        try {
            number = phoneNumbers.parse(e164, "ZZ");
        } catch (NumberParseException e) {
            return GeoInfo.UNKNOWN;
        }
        if (!phoneNumbers.isValidNumber(number)) {
            return GeoInfo.UNKNOWN;
        }
        String region = phoneNumbers.getRegionCodeForNumber(number);
        if (region == null || region.equals("001")) {
            return GeoInfo.UNKNOWN; // non-geographic entities (+800, +882 …) have no country
        }
        String description = geocoder.getDescriptionForValidNumber(number, Locale.ENGLISH);
        return GeocoderDescription.toGeo(number.getCountryCode(), region, description);
    }
}
