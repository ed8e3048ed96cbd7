package dev.switchboard.sip.message;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One Via element (RFC 3261 §20.42, §18.2.1) with the RFC 3581 {@code rport} parameter. {@code port} is -1
 * when the sent-by has none. {@code branch} starting with {@link #MAGIC_COOKIE} marks an RFC 3261 transaction
 * id (§8.1.1.7).
 */
public record Via(String transport, String host, int port, Params params) {
  /** RFC 3261 §8.1.1.7: branch ids of compliant elements start with this. */
  public static final String MAGIC_COOKIE = "z9hG4bK";

  public Via {
    transport = transport.toUpperCase(Locale.ROOT);
  }

  public static Via of(String transport, String host, int port, String branch) {
    return new Via(transport, host, port, Params.NONE.with("branch", branch));
  }

  public Optional<String> branch() { return params.get("branch"); }

  /** True when the branch carries the RFC 3261 magic cookie. */
  public boolean hasRfc3261Branch() { return branch().map(b -> b.startsWith(MAGIC_COOKIE)).orElse(false); }

  public Optional<String> received() { return params.get("received").filter(v -> !v.isEmpty()); }

  /** True when {@code rport} is present, with or without a value (RFC 3581 §3, §4). */
  public boolean hasRport() { return params.has("rport"); }

  /** The {@code rport} value filled in by the receiver (RFC 3581 §4). */
  public OptionalInt rport() {
    String v = params.get("rport").orElse("");
    return v.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(v));
  }

  /** The sent-by port, or 5060 (5061 for TLS), §18.2.2. */
  public int portOrDefault() {
    return port >= 0 ? port : transport.equals("TLS") ? 5061 : 5060;
  }

  public Via withParam(String name, String value) {
    return new Via(transport, host, port, params.with(name, value));
  }

  /** "host[:port]" as written in the Via (the sent-by, compared for transaction matching, §17.2.3). */
  public String sentBy() { return port < 0 ? host : host + ":" + port; }

  public static Via parse(String text) {
    return parse(text, 0);
  }

  static Via parse(String text, int base) {
    int i = 0;
    String[] protocol = new String[3];
    for (int part = 0; part < 3; part++) {
      i = skipSpace(text, i);
      int start = i;
      while (i < text.length() && text.charAt(i) != '/' && text.charAt(i) != ' ' && text.charAt(i) != '\t') {
        i++;
      }
      protocol[part] = text.substring(start, i);
      i = skipSpace(text, i);
      if (part < 2) {
        if (i >= text.length() || text.charAt(i) != '/') {
          throw new SipParseException("Via needs SIP/2.0/transport", base + i);
        }
        i++;
      }
    }
    if (!protocol[0].equalsIgnoreCase("SIP") || !protocol[1].equals("2.0") || !Tokens.isToken(protocol[2])) {
      throw new SipParseException("Via needs SIP/2.0/transport", base);
    }
    int hostStart = i;
    int semi = text.indexOf(';', i);
    int sentByEnd = semi < 0 ? text.length() : semi;
    String sentBy = text.substring(hostStart, sentByEnd).trim();
    String host = sentBy;
    int port = -1;
    int colon = sentBy.startsWith("[") ? sentBy.indexOf(':', sentBy.indexOf(']')) : sentBy.indexOf(':');
    if (colon >= 0) {
      host = sentBy.substring(0, colon).trim();
      try {
        port = Integer.parseInt(sentBy.substring(colon + 1).trim());
      } catch (NumberFormatException e) {
        throw new SipParseException("bad Via port", base + hostStart + colon + 1);
      }
      if (port < 0 || port > 65535) {
        throw new SipParseException("bad Via port", base + hostStart + colon + 1);
      }
    }
    if (host.isEmpty()) {
      throw new SipParseException("Via without sent-by host", base + hostStart);
    }
    Params params = semi < 0 ? Params.NONE : Params.parse(text.substring(semi), base + semi);
    return new Via(protocol[2], host, port, params);
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  @Override public String toString() {
    return "SIP/2.0/" + transport + " " + sentBy() + params;
  }
}
