package dev.switchboard.core.webhook;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code application/x-www-form-urlencoded} codec for webhook bodies and query strings
 * (WHATWG URL §5). UTF-8 throughout; pure and non-blocking.
 *
 * <p>Encoding writes space as {@code +} and percent-encodes everything except {@code A-Z a-z 0-9
 * . - * _}, which is what {@link URLEncoder} produces and what Twilio's own requests look like
 * ({@code From=%2B14155551234}). Names and values should be well-formed UTF-16; an unpaired
 * surrogate is sent as {@code ?}.
 *
 * <p>Decoding is tolerant because it reads whatever a customer's server or a REST caller sends:
 * empty segments ({@code a=1&&b=2}) are skipped, a segment without {@code =} is a name with an
 * empty value, a stray or malformed {@code %} is kept literally, and invalid UTF-8 becomes U+FFFD.
 * It never throws.
 */
public final class FormEncoding {
    private FormEncoding() {}

    /** {@code name=value} pairs joined by {@code &}, in the order given. */
    public static String encode(FormParams params) {
        StringBuilder out = new StringBuilder();
        for (FormParam entry : params.entries()) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(encodeComponent(entry.name())).append('=').append(encodeComponent(entry.value()));
        }
        return out.toString();
    }

    /** One name or value, form-encoded. */
    public static String encodeComponent(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Parses a body or query string; a leading {@code ?} is ignored. */
    public static FormParams decode(String encoded) {
        String text = encoded.startsWith("?") ? encoded.substring(1) : encoded;
        FormParams.Builder params = FormParams.builder();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('&', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                String segment = text.substring(start, end);
                int eq = segment.indexOf('=');
                String name = eq < 0 ? segment : segment.substring(0, eq);
                String value = eq < 0 ? "" : segment.substring(eq + 1);
                params.add(decodeComponent(name), decodeComponent(value));
            }
            start = end + 1;
        }
        return params.build();
    }

    /** One name or value: {@code +} is a space, {@code %XX} a byte; anything else is kept. */
    public static String decodeComponent(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
                i++;
            } else if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                bytes.write(Character.digit(text.charAt(i + 1), 16) << 4 | Character.digit(text.charAt(i + 2), 16));
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                byte[] utf8 = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 128;
    }
}
