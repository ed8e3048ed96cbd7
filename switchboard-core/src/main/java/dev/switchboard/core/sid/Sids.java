package dev.switchboard.core.sid;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Makes and checks SIDs: two letters plus 32 lowercase hex digits (34 characters). */
public final class Sids {
    private static final Pattern ANY = Pattern.compile("^[A-Z]{2}[0-9a-fA-F]{32}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sids() {}

    /** A fresh random SID with the given prefix. */
    public static String next(SidPrefix prefix) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return prefix.letters() + HexFormat.of().formatHex(bytes);
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
