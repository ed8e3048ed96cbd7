package dev.switchboard.core.context;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * JavaScript's {@code encodeURIComponent}/{@code decodeURIComponent} (ECMA-262 §19.2.6) and the
 * form-style decoding Switchboard applies to custom-parameter queries. Decoding is package-private
 * (callers use {@link InviteParams} and {@link CustomParameters}); {@link #encode} also writes SIP URI
 * headers ({@code <Sip><Headers>}).
 */
public final class UriComponent {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriComponent() {}

    /**
     * Exactly {@code encodeURIComponent}: keeps {@code A-Z a-z 0-9 - _ . ! ~ * ' ( )}, writes every
     * other code point as upper-case {@code %XX} UTF-8 bytes.
     *
     * @throws IllegalArgumentException on an unpaired surrogate, where JavaScript throws URIError
     */
    public static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                throw new IllegalArgumentException("URIError: unpaired surrogate at index " + i);
            }
            if (isUnreserved(cp)) {
                out.append((char) cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    static boolean isUnreserved(int cp) {
        return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')
                || "-_.!~*'()".indexOf(cp) >= 0;
    }

    /**
     * Exactly {@code decodeURIComponent}: every {@code %XX} run must be well-formed UTF-8.
     *
     * @throws IllegalArgumentException where JavaScript throws URIError
     */
    static String decodeStrict(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            ByteArrayOutputStream run = new ByteArrayOutputStream();
            while (i < text.length() && text.charAt(i) == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("URIError: truncated escape at index " + i);
                }
                int hi = hex(text.charAt(i + 1));
                int lo = hex(text.charAt(i + 2));
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("URIError: malformed escape at index " + i);
                }
                run.write(hi << 4 | lo);
                i += 3;
            }
            out.append(utf8Strict(run.toByteArray()));
        }
        return out.toString();
    }

    /**
     * Form-style decoding that never throws: {@code +} is a space, {@code %XX} runs are UTF-8. A
     * malformed escape is kept literally and invalid UTF-8 is kept as its {@code %XX} text, each
     * reported in {@code problems} so that nothing is altered without a word.
     */
    static String decodeLenient(String text, String what, List<String> problems) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '+') {
                out.append(' ');
                i++;
            } else if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                int start = i;
                ByteArrayOutputStream run = new ByteArrayOutputStream();
                while (i + 2 < text.length() && text.charAt(i) == '%'
                        && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                    run.write(hex(text.charAt(i + 1)) << 4 | hex(text.charAt(i + 2)));
                    i += 3;
                }
                try {
                    out.append(utf8Strict(run.toByteArray()));
                } catch (IllegalArgumentException e) {
                    problems.add(what + " has percent-escapes that are not UTF-8 ('" + text.substring(start, i)
                            + "'); kept as written");
                    out.append(text, start, i);
                }
            } else {
                if (c == '%') {
                    problems.add(what + " has a malformed percent-escape at index " + i + "; '%' kept as written");
                }
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String utf8Strict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("URIError: escapes are not UTF-8", e);
        }
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
}
