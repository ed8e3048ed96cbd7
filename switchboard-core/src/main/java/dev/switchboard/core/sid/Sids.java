package dev.switchboard.core.sid;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Makes and checks SIDs: two letters plus 32 lowercase hex digits (34 characters). */
public final class Sids {
    private static final Pattern ANY = Pattern.compile("^[A-Z]{2}[0-9a-fA-F]{32}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sids() {}

    /**
     * A fresh SID with the given prefix: 12 hex digits of the current time in milliseconds, then 20
     * random ones (80 bits, from {@link SecureRandom}). Still 32 hex digits, as Twilio's; ordered by
     * time, like a UUIDv7, so a database's indexes on SIDs take new rows at their right edge instead
     * of all over the tree (the call path writes three such indexes per call). Nothing may read
     * meaning into a SID; this only keeps the store's B-trees compact.
     */
    public static String next(SidPrefix prefix) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long millis = System.currentTimeMillis() & 0xFFFF_FFFF_FFFFL;
        return prefix.letters() + HexFormat.of().toHexDigits(millis).substring(4) + HexFormat.of().formatHex(random);
    }

    /** 32 random lowercase hex characters, as Twilio's auth tokens and secrets look. */
    public static String secret() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Whether {@code value} is a well-formed SID with the given prefix. */
    public static boolean isValid(String value, SidPrefix prefix) {
        return value != null && value.startsWith(prefix.letters()) && ANY.matcher(value).matches();
    }
}
