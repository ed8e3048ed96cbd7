package dev.switchboard.sip.message;

/** A SIP request (RFC 3261 §7.1): method, Request-URI, headers, body. Immutable. */
public record SipRequest(String method, SipUri requestUri, Headers headers, Body body) implements SipMessage {
  public static final String INVITE = "INVITE";
  public static final String ACK = "ACK";
  public static final String BYE = "BYE";
  public static final String CANCEL = "CANCEL";
  public static final String OPTIONS = "OPTIONS";
  public static final String REGISTER = "REGISTER";
  public static final String INFO = "INFO";
  public static final String UPDATE = "UPDATE";
  public static final String PRACK = "PRACK";

  public SipRequest(String method, SipUri requestUri, Headers headers) {
    this(method, requestUri, headers, Body.EMPTY);
  }

  public boolean isInvite() { return INVITE.equals(method); }

  public boolean isAck() { return ACK.equals(method); }

  @Override public SipRequest withHeaders(Headers newHeaders) {
    return new SipRequest(method, requestUri, newHeaders, body);
  }

  public SipRequest withBody(Body newBody) { return new SipRequest(method, requestUri, headers, newBody); }

  public SipRequest withRequestUri(SipUri uri) { return new SipRequest(method, uri, headers, body); }

  /** A copy with one header appended. */
  public SipRequest with(String name, String value) { return withHeaders(headers.with(name, value)); }

  @Override public String toString() { return method + " " + requestUri + " (" + callId() + ")"; }
}
