package dev.switchboard.sip.message;

import java.util.Optional;

/**
 * A name-addr or addr-spec with header parameters: the value of From, To, Contact, Route and Record-Route
 * (RFC 3261 §20.10, §20.20, §20.39). {@code displayName} is unquoted (empty when absent). Without angle
 * brackets every {@code ;param} belongs to the header, not the URI (§20.10); {@link #toString()} always writes
 * angle brackets, so URI parameters survive the round trip.
 */
public record NameAddress(String displayName, SipUri uri, Params params) {

  public static NameAddress of(SipUri uri) {
    return new NameAddress("", uri, Params.NONE);
  }

  public Optional<String> tag() { return params.get("tag").filter(t -> !t.isEmpty()); }

  public NameAddress withTag(String tag) {
    return new NameAddress(displayName, uri, params.with("tag", tag));
  }

  public NameAddress withParam(String name, String value) {
    return new NameAddress(displayName, uri, params.with(name, value));
  }

  public static NameAddress parse(String text) {
    return parse(text, 0);
  }

  static NameAddress parse(String text, int base) {
    int lt = indexOfUnquoted(text, '<');
    if (lt < 0) {
      // addr-spec: no display name; URI ends at the first ';' after the host belongs to the header (§20.10).
      String t = text.trim();
      int lead = text.indexOf(t);
      int semi = addrSpecParamsStart(t);
      SipUri uri = SipUriParser.parse(t.substring(0, semi), base + lead);
      return new NameAddress("", uri, Params.parse(t.substring(semi).trim(), base + lead + semi));
    }
    int gt = text.indexOf('>', lt);
    if (gt < 0) {
      throw new SipParseException("missing '>'", base + lt);
    }
    String display = text.substring(0, lt).trim();
    if (display.startsWith("\"")) {
      if (display.length() < 2 || !display.endsWith("\"")) {
        throw new SipParseException("unterminated display name", base);
      }
      display = display.substring(1, display.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    SipUri uri = SipUriParser.parse(text.substring(lt + 1, gt).trim(), base + lt + 1);
    String rest = text.substring(gt + 1).trim();
    return new NameAddress(display, uri, Params.parse(rest, base + gt + 1));
  }

  private static int addrSpecParamsStart(String t) {
    if (t.regionMatches(true, 0, "tel:", 0, 4)) {
      return t.length();   // tel: parameters are URI parameters (RFC 3966); header params need <...>
    }
    int at = t.indexOf('@');
    int semi = t.indexOf(';', at < 0 ? 0 : at);
    return semi < 0 ? t.length() : semi;
  }

  static int indexOfUnquoted(String s, char target) {
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted && c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == target && !quoted) {
        return i;
      }
    }
    return -1;
  }

  @Override public String toString() {
    StringBuilder sb = new StringBuilder(80);
    if (!displayName.isEmpty()) {
      sb.append('"').append(displayName.replace("\\", "\\\\").replace("\"", "\\\"")).append("\" ");
    }
    return sb.append('<').append(uri).append('>').append(params).toString();
  }
}
