package dev.switchboard.core.sip;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A credential's HA1 = H(username:realm:password) (RFC 2617 §3.2.2.2) for MD5 and for SHA-256 (RFC 8760),
 * lower-case hex, and the realm they were computed for. A SIP server's digest check needs nothing else,
 * so the password itself is dropped once these are made.
 */
public record DigestHashes(String realm, String ha1Md5, String ha1Sha256) {
    public DigestHashes {
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(ha1Md5, "ha1Md5");
        Objects.requireNonNull(ha1Sha256, "ha1Sha256");
    }

    /** Never the hashes themselves: an HA1 is as good as the password within its realm, so it stays out of logs. */
    @Override
    public String toString() {
        return "DigestHashes[realm=" + realm + ", ha1Md5=<redacted>, ha1Sha256=<redacted>]";
    }

    public static DigestHashes of(String username, String realm, String password) {
        String a1 = username + ":" + realm + ":" + password;
        return new DigestHashes(realm, hex("MD5", a1), hex("SHA-256", a1));
    }

    private static String hex(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " missing from the JDK", e);
        }
    }
}
