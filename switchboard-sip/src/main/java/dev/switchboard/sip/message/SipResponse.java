package dev.switchboard.sip.message;

/** A SIP response (RFC 3261 §7.2): status code, reason phrase, headers, body. Immutable. */
public record SipResponse(int status, String reason, Headers headers, Body body) implements SipMessage {
  public SipResponse {
    if (status < 100 || status > 699) {
      throw new IllegalArgumentException("status out of range: " + status);
    }
  }

  public boolean isProvisional() { return status < 200; }

  public boolean isSuccess() { return status >= 200 && status < 300; }

  public boolean isFinal() { return status >= 200; }

  @Override public SipResponse withHeaders(Headers newHeaders) {
    return new SipResponse(status, reason, newHeaders, body);
  }

  public SipResponse withBody(Body newBody) { return new SipResponse(status, reason, headers, newBody); }

  /** A copy with one header appended. */
  public SipResponse with(String name, String value) { return withHeaders(headers.with(name, value)); }

  @Override public String toString() { return status + " " + reason + " (" + cseq() + ")"; }
}
