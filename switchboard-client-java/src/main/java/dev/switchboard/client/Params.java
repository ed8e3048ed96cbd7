package dev.switchboard.client;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code Params} codec of the signalling {@code invite}: {@code encodeURIComponent(k)=encodeURIComponent(v)&…}
 * (the JS SDK's call.ts builds {@code twilio.params} this way), and its inverse for the
 * {@code parameters.Params} of an incoming invite. Pure, no I/O.
 *
 * <p>Reading matches the JS SDK's {@code util.ts queryToJson} on everything Switchboard sends (it
 * percent-encodes names and values): {@code +} is a space, values are percent-decoded UTF-8, empty
 * names are dropped, a name without {@code =} has the empty value, and a repeated name keeps its
 * first position with the last value. Where that function has quirks it is not followed: names are
 * decoded too (the JS SDK leaves {@code j%20k} as is) and a raw {@code =} inside a value is kept (the
 * JS SDK cuts the value there), so {@code decode(encode(m))} is {@code m} for any map.
 */
final class Params {
    private Params() {}

    static String encode(Map<String, String> params) {
        StringBuilder out = new StringBuilder();
        params.forEach((k, v) -> {
            if (!out.isEmpty()) out.append('&');
            out.append(component(k)).append('=').append(component(v));
        });
        return out.toString();
    }

    /**
     * JavaScript's {@code encodeURIComponent}: all but {@code A-Z a-z 0-9 - _ . ! ~ * ' ( )} become
     * upper-case {@code %XX} escapes of their UTF-8 bytes.
     *
     * @throws IllegalArgumentException on an unpaired surrogate, where JavaScript throws URIError
     */
    static String component(String text) {
        ByteBuffer utf8;
        try {
            utf8 = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not well-formed Unicode (an unpaired surrogate): " + e.getMessage());
        }
        StringBuilder out = new StringBuilder();
        while (utf8.hasRemaining()) {
            byte b = utf8.get();
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-_.!~*'()".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Pairs on {@code &}, each split on its first {@code =}, {@code +} a space, percent-decoded UTF-8; order kept. */
    static Map<String, String> decode(String params) {
        Map<String, String> out = new LinkedHashMap<>();
        if (params == null || params.isEmpty()) return Collections.unmodifiableMap(out);
        for (String pair : params.split("&", -1)) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String k = decodeComponent(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : decodeComponent(pair.substring(eq + 1));
            if (!k.isEmpty()) out.put(k, v);
        }
        return Collections.unmodifiableMap(out);
    }

    static String decodeComponent(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(b);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
