package dev.switchboard.core.text;

/** UTF-8 sizes of Java strings, computed without encoding them. */
public final class Utf8 {
    private Utf8() {}

    /** UTF-8 length in bytes; an unpaired surrogate counts as the 3 bytes of U+FFFD, as the JDK's encoder writes it. */
    public static int length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
