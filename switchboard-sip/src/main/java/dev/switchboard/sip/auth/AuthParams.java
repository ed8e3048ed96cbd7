package dev.switchboard.sip.auth;

import dev.switchboard.sip.message.SipParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Digest a=b, c="d, e"} form of challenges and credentials (RFC 3261 §25.1 {@code digest-cln}):
 * a scheme and comma-separated auth-params whose values may be quoted (quotes removed here, {@code \"}
 * unescaped). Names are case-insensitive.
 */
record AuthParams(String scheme, Map<String, String> values) {

  Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name.toLowerCase(Locale.ROOT)));
  }

  static AuthParams parse(String header) {
    String text = header.trim();
    int space = text.indexOf(' ');
    if (space <= 0) {
      throw new SipParseException("auth header needs a scheme and parameters", 0);
    }
    String scheme = text.substring(0, space);
    Map<String, String> values = new LinkedHashMap<>();
    int i = space + 1;
    while (i < text.length()) {
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',' || text.charAt(i) == '\t')) {
        i++;
      }
      if (i >= text.length()) {
        break;
      }
      int eq = text.indexOf('=', i);
      if (eq < 0) {
        throw new SipParseException("auth-param without '='", i);
      }
      String name = text.substring(i, eq).trim().toLowerCase(Locale.ROOT);
      i = eq + 1;
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      StringBuilder value = new StringBuilder();
      if (i < text.length() && text.charAt(i) == '"') {
        i++;
        while (i < text.length() && text.charAt(i) != '"') {
          if (text.charAt(i) == '\\' && i + 1 < text.length()) {
            i++;
          }
          value.append(text.charAt(i++));
        }
        if (i >= text.length()) {
          throw new SipParseException("unterminated quoted auth-param", eq + 1);
        }
        i++;
      } else {
        while (i < text.length() && text.charAt(i) != ',') {
          value.append(text.charAt(i++));
        }
      }
      values.put(name, value.toString().trim());
    }
    return new AuthParams(scheme, values);
  }

  static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
