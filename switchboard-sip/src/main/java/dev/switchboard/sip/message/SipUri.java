package dev.switchboard.sip.message;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A {@code sip:}, {@code sips:} or {@code tel:} URI (RFC 3261 §19.1, RFC 3966). {@code user} and the URI
 * headers are held percent-decoded and escaped again by {@link #toString()}; {@code port} is -1 when absent;
 * {@code headers} are the {@code ?X-a=b&c=d} pairs in order (Twilio's way of carrying X- headers and
 * {@code User-to-User} on {@code <Dial><Sip>}). A {@code tel:} URI has its number in {@code user} and an empty
 * host.
 */
public record SipUri(String scheme, String user, String password, String host, int port, Params params,
    List<SipHeader> headers) {

  public SipUri {
    scheme = scheme.toLowerCase(Locale.ROOT);
    headers = List.copyOf(headers);
  }

  /** {@code sip:user@host} (user may be empty). */
  public static SipUri sip(String user, String host) {
    return new SipUri("sip", user, "", host, -1, Params.NONE, List.of());
  }

  /** {@code sip:user@host:port} (user may be empty). */
  public static SipUri sip(String user, String host, int port) {
    return new SipUri("sip", user, "", host, port, Params.NONE, List.of());
  }

  /** Parses a URI; offsets in errors count from the start of {@code text}. */
  public static SipUri parse(String text) {
    return SipUriParser.parse(text, 0);
  }

  public OptionalInt explicitPort() {
    return port < 0 ? OptionalInt.empty() : OptionalInt.of(port);
  }

  /** The port, or the default for the scheme/transport (5060, 5061 for sips or transport=tls; §19.1.2). */
  public int portOrDefault() {
    if (port >= 0) {
      return port;
    }
    return "sips".equals(scheme) || "tls".equalsIgnoreCase(transport().orElse("")) ? 5061 : 5060;
  }

  /** The {@code transport} URI parameter, if any. */
  public Optional<String> transport() { return params.get("transport"); }

  /** The first URI header with that name (case-insensitive), percent-decoded. */
  public Optional<String> header(String name) {
    for (SipHeader h : headers) {
      if (h.name().equalsIgnoreCase(name)) {
        return Optional.of(h.value());
      }
    }
    return Optional.empty();
  }

  public SipUri withParam(String name, String value) {
    return new SipUri(scheme, user, password, host, port, params.with(name, value), headers);
  }

  public SipUri withoutParam(String name) {
    return new SipUri(scheme, user, password, host, port, params.without(name), headers);
  }

  public SipUri withUser(String newUser) {
    return new SipUri(scheme, newUser, password, host, port, params, headers);
  }

  /** The same URI without its headers (the form placed in a Request-URI or To, §19.1.5). */
  public SipUri withoutHeaders() {
    return new SipUri(scheme, user, password, host, port, params, List.of());
  }

  /** The wire form. */
  @Override public String toString() {
    StringBuilder sb = new StringBuilder(64).append(scheme).append(':');
    if ("tel".equals(scheme)) {
      sb.append(user);
    } else {
      if (!user.isEmpty()) {
        sb.append(Tokens.escapeUser(user));
        if (!password.isEmpty()) {
          sb.append(':').append(Tokens.escapeParam(password));
        }
        sb.append('@');
      }
      sb.append(host);
      if (port >= 0) {
        sb.append(':').append(port);
      }
    }
    sb.append(params);
    for (int i = 0; i < headers.size(); i++) {
      SipHeader h = headers.get(i);
      sb.append(i == 0 ? '?' : '&').append(Tokens.escapeHeaderPart(h.name())).append('=')
          .append(Tokens.escapeHeaderPart(h.value()));
    }
    return sb.toString();
  }
}
