package dev.switchboard.sip.message;

import java.nio.charset.StandardCharsets;

/** Character classes and escaping from the RFC 3261 §25.1 grammar. */
final class Tokens {
  private static final String TOKEN_MARKS = "-.!%*_+`'~";
  private static final String UNRESERVED_MARKS = "-_.!~*'()";
  private static final String USER_UNRESERVED = "&=+$,;?/";
  private static final String HNV_UNRESERVED = "[]/?:+$";
  private static final String PARAM_UNRESERVED = "[]/:&+$";

  private Tokens() {}

  static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAlphaNum(c) && TOKEN_MARKS.indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  static boolean isAlphaNum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  static String escapeUser(String s) { return escape(s, USER_UNRESERVED); }

  static String escapeHeaderPart(String s) { return escape(s, HNV_UNRESERVED); }

  static String escapeParam(String s) { return escape(s, PARAM_UNRESERVED); }

  private static String escape(String s, String allowedMarks) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean plain = c < 0x80 && (isAlphaNum(c) || UNRESERVED_MARKS.indexOf(c) >= 0 || allowedMarks.indexOf(c) >= 0);
      if (plain) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
      for (byte b : s.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
        sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
      }
      i = end - 1;
    }
    return sb == null ? s : sb.toString();
  }

  /** Decodes %XX escapes as UTF-8; {@code base} is added to offsets in errors. */
  static String unescape(String s, int base) {
    int pct = s.indexOf('%');
    if (pct < 0) {
      return s;
    }
    byte[] out = new byte[s.length()];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
        int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
        if (lo < 0) {
          throw new SipParseException("bad %-escape", base + i);
        }
        out[n++] = (byte) (hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        out[n++] = (byte) c;
      } else {
        byte[] enc = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (n + enc.length > out.length) {
          out = java.util.Arrays.copyOf(out, out.length * 2 + enc.length);
        }
        System.arraycopy(enc, 0, out, n, enc.length);
        n += enc.length;
      }
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }
}
