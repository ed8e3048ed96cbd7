package dev.switchboard.core.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A configured webhook URL made requestable: fragment removed, and every character a URI may not
 * contain (RFC 3986 §2) percent-encoded as UTF-8 — spaces, quotes, {@code <>}, {@code {}}, {@code |},
 * {@code \}, {@code ^}, backquote, non-ASCII, a {@code %} not followed by two hex digits, and
 * {@code [ ]} outside the host. Everything already legal (including existing {@code %XX} escapes,
 * {@code +} and the query's {@code & =}) is left exactly as written, so the query the customer
 * configured reaches the app — and the signature — byte for byte. Pure; never throws.
 */
public final class WireUrl {
    private static final Pattern HTTP_URL = Pattern.compile("(?i)^https?://[^/?#\\s]+([/?].*)?$", Pattern.DOTALL);
    private static final String ALLOWED = "-._~!$&'()*+,;=:@/?";

    private WireUrl() {}

    /** {@code url} without fragment, escaped for the wire. */
    public static String of(String url) {
        String bare = ConnectionOverrides.stripFragment(url.strip());
        int authorityStart = bare.indexOf("://");
        int authorityEnd = authorityStart < 0 ? 0 : indexOfAny(bare, "/?", authorityStart + 3);
        StringBuilder out = new StringBuilder(bare.length() + 16);
        for (int i = 0; i < bare.length(); ) {
            int cp = bare.codePointAt(i);
            boolean inAuthority = i < authorityEnd;
            if (isLegal(cp, inAuthority) || (cp == '%' && isEscape(bare, i))) {
                out.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xFF));
                }
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Why {@code url} cannot be requested (not absolute http/https with a host), or empty if it can. */
    public static Optional<String> problem(String url) {
        return HTTP_URL.matcher(ConnectionOverrides.stripFragment(url.strip())).matches()
                ? Optional.empty()
                : Optional.of("not an absolute http or https URL: " + url);
    }

    private static boolean isLegal(int cp, boolean inAuthority) {
        return cp < 128 && (Character.isLetterOrDigit(cp) || ALLOWED.indexOf(cp) >= 0
                || (inAuthority && (cp == '[' || cp == ']')));
    }

    private static boolean isEscape(String s, int i) {
        return i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
    }

    private static boolean isHex(char c) {
        return c < 128 && Character.digit(c, 16) >= 0;
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
