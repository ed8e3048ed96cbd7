package dev.switchboard.core.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-Twilio-Signature} header, computed exactly as Twilio's helper libraries check it
 * (spec §7; twilio-java {@code RequestValidator}, twilio-node {@code webhooks.ts}):
 * {@code Base64(HMAC-SHA1(key = authToken, data = url + name1 + value1 + name2 + value2 …))}.
 *
 * <ul>
 *   <li>{@code url} is the full URL requested, query string included, exactly as configured (no
 *       port added). For a GET, or a JSON body, nothing else is appended.
 *   <li>For a form POST, parameter names are sorted in UTF-8 byte order (= code point order; the
 *       same as {@code String} order for the ASCII names Twilio sends). A repeated name contributes
 *       each of its <em>distinct</em> values, sorted: python and node validators de-duplicate, and
 *       the spec's duplicate-key vector ({@code Digits=5678,1234,1234} →
 *       {@code IK+Dwps556ElfBT0I3Rgjkr1wJU=}) only holds with de-duplication.
 *   <li>The {@code #…} connection-override fragment is NOT signed. Fragments never travel over HTTP
 *       (RFC 3986 §3.5), so a customer's validator can only rebuild the URL it received, without
 *       one. Twilio does not document this (spec §7, open question 13); signing the fragment would
 *       make every overridden URL fail validation.
 * </ul>
 *
 * Pure and thread-safe; never blocks.
 */
public final class WebhookSignature {
    /** The request header that carries the signature. */
    public static final String HEADER = "X-Twilio-Signature";
    /** The query parameter that carries the body hash of a JSON webhook (spec §7.2). */
    public static final String BODY_SHA256 = "bodySHA256";

    private static final String HMAC_SHA1 = "HmacSHA1";
    private static final Comparator<String> BYTE_ORDER = WebhookSignature::compareCodePoints;

    private WebhookSignature() {}

    /** Signature of a form-encoded POST to {@code url} carrying {@code params}. */
    public static String sign(String authToken, String url, FormParams params) {
        return hmacSha1(authToken, dataToSign(url, params));
    }

    /** Signature of a GET (parameters already in the query) or of a JSON POST. */
    public static String sign(String authToken, String url) {
        return sign(authToken, url, FormParams.empty());
    }

    /** The exact text that is HMAC'd: the URL without fragment, then sorted names and values. */
    public static String dataToSign(String url, FormParams params) {
        TreeMap<String, Set<String>> sorted = new TreeMap<>(BYTE_ORDER);
        for (FormParam entry : params.entries()) {
            sorted.computeIfAbsent(entry.name(), name -> new TreeSet<>(BYTE_ORDER)).add(entry.value());
        }
        StringBuilder data = new StringBuilder(ConnectionOverrides.stripFragment(url));
        sorted.forEach((name, values) -> values.forEach(value -> data.append(name).append(value)));
        return data.toString();
    }

    /**
     * Whether {@code signature} is valid for a form POST, compared in constant time. Like the helper
     * libraries, the URL is also tried with its default port added and removed ({@code :443} for
     * https, {@code :80} for http), since signers disagree on it (spec §7.3).
     */
    public static boolean validate(String authToken, String url, FormParams params, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] given = signature.getBytes(StandardCharsets.UTF_8);
        boolean valid = false;
        for (String candidate : portVariants(ConnectionOverrides.stripFragment(url))) {
            // No early exit: every variant costs the same whatever matched.
            valid |= MessageDigest.isEqual(given, sign(authToken, candidate, params).getBytes(StandardCharsets.UTF_8));
        }
        return valid;
    }

    /** {@link #validate(String, String, FormParams, String)} for a GET or a JSON POST. */
    public static boolean validate(String authToken, String url, String signature) {
        return validate(authToken, url, FormParams.empty(), signature);
    }

    /** Lowercase hex SHA-256 of a raw JSON body, the {@code bodySHA256} query value (spec §7.2). */
    public static String bodySha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }

    /** {@link #bodySha256(byte[])} of the UTF-8 bytes of {@code body}. */
    public static String bodySha256(String body) {
        return bodySha256(body.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code url} with {@code bodySHA256=<hash of body>} appended to its query (fragment kept). */
    public static String withBodySha256(String url, byte[] body) {
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        String separator = !base.contains("?") ? "?" : base.endsWith("?") || base.endsWith("&") ? "" : "&";
        return base + separator + BODY_SHA256 + "=" + bodySha256(body) + fragment;
    }

    private static String hmacSha1(String authToken, String data) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA1);
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), HMAC_SHA1));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK ships HmacSHA1", e);
        }
    }

    /** The URL as given, plus the same URL with the scheme's default port added or removed. */
    static List<String> portVariants(String url) {
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            return List.of(url);
        }
        String scheme = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String defaultPort = switch (scheme) {
            case "https" -> "443";
            case "http" -> "80";
            default -> null;
        };
        if (defaultPort == null) {
            return List.of(url);
        }
        int authorityStart = schemeEnd + 3;
        int authorityEnd = authorityStart;
        while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        String authority = url.substring(authorityStart, authorityEnd);
        int hostStart = authority.lastIndexOf('@') + 1;
        int colon = authority.lastIndexOf(':');
        boolean hasPort = colon >= hostStart && colon > authority.lastIndexOf(']');
        String head = url.substring(0, authorityStart);
        String tail = url.substring(authorityEnd);
        Set<String> variants = new LinkedHashSet<>();
        variants.add(url);
        if (!hasPort) {
            variants.add(head + authority + ":" + defaultPort + tail);
        } else if (authority.substring(colon + 1).equals(defaultPort)) {
            variants.add(head + authority.substring(0, colon) + tail);
        }
        return List.copyOf(variants);
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
