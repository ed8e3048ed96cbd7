package dev.switchboard.sip.message;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses SIP, SIPS and tel URIs (RFC 3261 §19.1.1, §25.1); unknown schemes fail with 416 (§8.2.2.1). */
final class SipUriParser {
  private SipUriParser() {}

  static SipUri parse(String text, int base) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new SipParseException("URI without scheme", base);
    }
    String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
    if (scheme.equals("tel")) {
      return parseTel(text, colon + 1, base);
    }
    if (!scheme.equals("sip") && !scheme.equals("sips")) {
      throw new SipParseException("unsupported URI scheme '" + scheme + "'", base).withStatus(416);
    }
    int q = text.indexOf('?', colon + 1);
    int at = text.lastIndexOf('@', q < 0 ? text.length() - 1 : q);
    int hostStart = at < 0 ? colon + 1 : at + 1;
    String user = "";
    String password = "";
    if (at >= 0) {
      String userinfo = text.substring(colon + 1, at);
      int pw = userinfo.indexOf(':');
      user = Tokens.unescape(pw < 0 ? userinfo : userinfo.substring(0, pw), base + colon + 1);
      password = pw < 0 ? "" : Tokens.unescape(userinfo.substring(pw + 1), base + colon + 2 + pw);
      if (user.isEmpty()) {
        throw new SipParseException("empty user before '@'", base + colon + 1);
      }
    }
    int hostEnd = hostStart;
    if (hostEnd < text.length() && text.charAt(hostEnd) == '[') {
      hostEnd = text.indexOf(']', hostEnd);
      if (hostEnd < 0) {
        throw new SipParseException("unterminated IPv6 reference", base + hostStart);
      }
      hostEnd++;
    }
    while (hostEnd < text.length() && ":;?".indexOf(text.charAt(hostEnd)) < 0) {
      char c = text.charAt(hostEnd);
      if (!Tokens.isAlphaNum(c) && c != '-' && c != '.' && c != '_') {
        throw new SipParseException("bad character '" + c + "' in host", base + hostEnd);
      }
      hostEnd++;
    }
    String host = text.substring(hostStart, hostEnd);
    if (host.isEmpty()) {
      throw new SipParseException("URI without host", base + hostStart);
    }
    int i = hostEnd;
    int port = -1;
    if (i < text.length() && text.charAt(i) == ':') {
      int portStart = ++i;
      while (i < text.length() && Character.isDigit(text.charAt(i))) {
        i++;
      }
      if (i == portStart || i - portStart > 5 || Integer.parseInt(text.substring(portStart, i)) > 65535) {
        throw new SipParseException("bad port", base + portStart);
      }
      port = Integer.parseInt(text.substring(portStart, i));
    }
    int paramsEnd = q < 0 ? text.length() : q;
    if (i < paramsEnd && text.charAt(i) != ';') {
      throw new SipParseException("unexpected '" + text.charAt(i) + "' after host", base + i);
    }
    Params params = Params.parse(text.substring(i, paramsEnd), base + i);
    List<SipHeader> headers = q < 0 ? List.of() : parseHeaders(text, q + 1, base);
    return new SipUri(scheme, user, password, host, port, params, headers);
  }

  private static SipUri parseTel(String text, int from, int base) {
    int semi = text.indexOf(';', from);
    String number = text.substring(from, semi < 0 ? text.length() : semi);
    if (number.isEmpty()) {
      throw new SipParseException("tel URI without number", base + from);
    }
    Params params = semi < 0 ? Params.NONE : Params.parse(text.substring(semi), base + semi);
    return new SipUri("tel", number, "", "", -1, params, List.of());
  }

  private static List<SipHeader> parseHeaders(String text, int from, int base) {
    List<SipHeader> out = new ArrayList<>(4);
    int i = from;
    while (i < text.length()) {
      int amp = text.indexOf('&', i);
      int end = amp < 0 ? text.length() : amp;
      int eq = text.indexOf('=', i);
      if (eq < 0 || eq > end) {
        throw new SipParseException("URI header without '='", base + i);
      }
      String name = Tokens.unescape(text.substring(i, eq), base + i);
      String value = Tokens.unescape(text.substring(eq + 1, end), base + eq + 1);
      try {
        out.add(new SipHeader(name, value));
      } catch (IllegalArgumentException e) {
        throw new SipParseException("bad URI header: " + e.getMessage(), base + i);
      }
      i = end + 1;
    }
    return out;
  }
}
